/*
 * One worksheet's cells, for the same-cells floor (issue 20): reads a worksheet's XML on stdin (as
 * `extract_cells.py` streams it out of the xlsx) and appends one binary record per cell to stdout, in the
 * format `same_cells_floor.c` reads (described there). Text is unescaped, so libxlsxwriter escapes it again
 * exactly as it did when assess wrote it.
 *
 *   gcc -O2 -o cells_scan cells_scan.c
 *   unzip -p assessment.xlsx xl/worksheets/sheet3.xml | ./cells_scan >> cells.dump
 *
 * Handles what libxlsxwriter writes: `<c r="B2" s="1" t="s"><v>7</v></c>` (shared string index),
 * `<c r="B2" t="inlineStr"><is><t>…</t></is></c>` (constant-memory mode), `<c r="B2"><v>1.5</v></c>`
 * (number), `t="b"` (boolean), `t="str"` (a formula's text result, kept as text), and `<c r="B2" s="3"/>`
 * (a blank cell carrying only a format: skipped, the floor writes no formats). The sheet is read whole into
 * memory (a province's largest sheet is about 500 MB): simple, and this step is not what the floor times.
 * Counts go to stderr.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *text;      /* the worksheet XML */
static size_t length;
static char *scratch;   /* unescaped cell text */
static size_t scratchSize;
static long counts[5];  /* numbers, inline strings, shared strings, booleans, blanks */

static void fail(const char *what) {
    fprintf(stderr, "cells_scan: %s\n", what);
    exit(1);
}

static void readAll(void) {
    size_t capacity = 1 << 24;
    text = malloc(capacity + 1);
    if (text == NULL) fail("out of memory");
    size_t n;
    while ((n = fread(text + length, 1, capacity - length, stdin)) > 0) {
        length += n;
        if (length == capacity) {
            capacity *= 2;
            text = realloc(text, capacity + 1);
            if (text == NULL) fail("out of memory");
        }
    }
    text[length] = '\0';
}

static void put(const void *bytes, size_t n) {
    if (fwrite(bytes, 1, n, stdout) != n) fail("cannot write the dump");
}

static void putHeader(char kind, uint32_t row, uint16_t column) {
    put(&kind, 1);
    put(&row, 4);
    put(&column, 2);
}

static void ensureScratch(size_t n) {
    if (n <= scratchSize) return;
    scratchSize = n * 2;
    scratch = realloc(scratch, scratchSize);
    if (scratch == NULL) fail("out of memory");
}

/* Appends the UTF-8 encoding of `code` at `out`; returns the bytes written. */
static size_t utf8(uint32_t code, char *out) {
    if (code < 0x80) { out[0] = (char)code; return 1; }
    if (code < 0x800) { out[0] = (char)(0xC0 | code >> 6); out[1] = (char)(0x80 | (code & 0x3F)); return 2; }
    if (code < 0x10000) {
        out[0] = (char)(0xE0 | code >> 12); out[1] = (char)(0x80 | ((code >> 6) & 0x3F));
        out[2] = (char)(0x80 | (code & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | code >> 18); out[1] = (char)(0x80 | ((code >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((code >> 6) & 0x3F)); out[3] = (char)(0x80 | (code & 0x3F));
    return 4;
}

static int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Unescapes XML text [from, to) onto `out` (entities, character references, and libxlsxwriter's `_xHHHH_`
 * for control characters); returns the bytes written. */
static size_t unescape(const char *from, const char *to, char *out) {
    size_t n = 0;
    for (const char *p = from; p < to;) {
        if (*p == '&') {
            const char *semi = memchr(p, ';', (size_t)(to - p));
            if (semi == NULL) fail("unterminated entity");
            size_t len = (size_t)(semi - p - 1);
            const char *name = p + 1;
            if (len == 3 && memcmp(name, "amp", 3) == 0) out[n++] = '&';
            else if (len == 2 && memcmp(name, "lt", 2) == 0) out[n++] = '<';
            else if (len == 2 && memcmp(name, "gt", 2) == 0) out[n++] = '>';
            else if (len == 4 && memcmp(name, "quot", 4) == 0) out[n++] = '"';
            else if (len == 4 && memcmp(name, "apos", 4) == 0) out[n++] = '\'';
            else if (len > 1 && name[0] == '#') {
                uint32_t code = name[1] == 'x' ? (uint32_t)strtoul(name + 2, NULL, 16) : (uint32_t)strtoul(name + 1, NULL, 10);
                n += utf8(code, out + n);
            } else fail("unknown entity");
            p = semi + 1;
        } else if (*p == '_' && to - p >= 7 && p[1] == 'x' && p[6] == '_' && hexValue(p[2]) >= 0 && hexValue(p[3]) >= 0
                   && hexValue(p[4]) >= 0 && hexValue(p[5]) >= 0) {
            uint32_t code = (uint32_t)(hexValue(p[2]) << 12 | hexValue(p[3]) << 8 | hexValue(p[4]) << 4 | hexValue(p[5]));
            if (code < 0x20) {
                out[n++] = (char)code;
                p += 7;
            } else {
                out[n++] = *p++;
            }
        } else {
            out[n++] = *p++;
        }
    }
    return n;
}

/* The value of attribute `name` (with its leading space and `="`) inside the tag [from, to), or NULL. */
static const char *attribute(const char *from, const char *to, const char *name, const char **end) {
    size_t len = strlen(name);
    for (const char *p = from; p + len < to; p++) {
        if (memcmp(p, name, len) == 0) {
            const char *value = p + len;
            *end = memchr(value, '"', (size_t)(to - value));
            return *end ? value : NULL;
        }
    }
    return NULL;
}

static const char *find(const char *from, const char *to, const char *needle) {
    size_t len = strlen(needle);
    if (to - from < (long)len) return NULL;
    return memmem(from, (size_t)(to - from), needle, len);
}

static void cell(const char *tagStart, const char *tagEnd, int selfClosing, const char *content, const char *contentEnd) {
    const char *end;
    const char *ref = attribute(tagStart, tagEnd, " r=\"", &end);
    if (ref == NULL) fail("a cell without r");
    uint32_t column = 0;
    const char *p = ref;
    while (p < end && *p >= 'A' && *p <= 'Z') column = column * 26 + (uint32_t)(*p++ - 'A' + 1);
    uint32_t row = (uint32_t)strtoul(p, NULL, 10);
    if (column == 0 || row == 0) fail("a bad cell reference");
    row -= 1;
    column -= 1;
    const char *typeEnd;
    const char *type = attribute(tagStart, tagEnd, " t=\"", &typeEnd);
    size_t typeLength = type ? (size_t)(typeEnd - type) : 0;
    if (selfClosing) { counts[4]++; return; }

    if (type && typeLength == 9 && memcmp(type, "inlineStr", 9) == 0) {
        /* Every <t> of the <is> (rich-text runs concatenated), phonetic runs skipped. */
        ensureScratch((size_t)(contentEnd - content) + 1);
        size_t n = 0;
        const char *q = content;
        const char *t;
        while ((t = find(q, contentEnd, "<t")) != NULL) {
            if (t[2] != '>' && t[2] != ' ') { q = t + 2; continue; }
            const char *open = memchr(t, '>', (size_t)(contentEnd - t));
            const char *close = find(open, contentEnd, "</t>");
            if (open == NULL || close == NULL) fail("unterminated <t>");
            const char *phonetic = find(q, t, "<rPh");
            if (phonetic == NULL) n += unescape(open + 1, close, scratch + n);
            q = close + 4;
        }
        scratch[n] = '\0';
        putHeader('s', row, (uint16_t)column);
        uint32_t len = (uint32_t)n;
        put(&len, 4);
        put(scratch, n + 1);
        counts[1]++;
        return;
    }
    const char *v = find(content, contentEnd, "<v>");
    const char *vEnd = v ? find(v, contentEnd, "</v>") : NULL;
    if (v == NULL || vEnd == NULL) { counts[4]++; return; }
    v += 3;
    if (type && typeLength == 1 && type[0] == 's') {
        putHeader('i', row, (uint16_t)column);
        uint32_t index = (uint32_t)strtoul(v, NULL, 10);
        put(&index, 4);
        counts[2]++;
    } else if (type && typeLength == 1 && type[0] == 'b') {
        putHeader('b', row, (uint16_t)column);
        uint8_t value = *v == '1';
        put(&value, 1);
        counts[3]++;
    } else if (type && ((typeLength == 3 && memcmp(type, "str", 3) == 0) || (typeLength == 1 && type[0] == 'e'))) {
        ensureScratch((size_t)(vEnd - v) + 1);
        size_t n = unescape(v, vEnd, scratch);
        scratch[n] = '\0';
        putHeader('s', row, (uint16_t)column);
        uint32_t len = (uint32_t)n;
        put(&len, 4);
        put(scratch, n + 1);
        counts[1]++;
    } else {
        putHeader('n', row, (uint16_t)column);
        double value = strtod(v, NULL);
        put(&value, 8);
        counts[0]++;
    }
}

int main(void) {
    static char out[1 << 20];
    setvbuf(stdout, out, _IOFBF, sizeof out);
    readAll();
    const char *end = text + length;
    const char *data = find(text, end, "<sheetData");
    const char *p = data ? data : end;
    while ((p = find(p, end, "<c ")) != NULL) {
        const char *tagEnd = memchr(p, '>', (size_t)(end - p));
        if (tagEnd == NULL) fail("unterminated <c>");
        int selfClosing = tagEnd[-1] == '/';
        const char *content = tagEnd + 1;
        const char *contentEnd = selfClosing ? content : find(content, end, "</c>");
        if (contentEnd == NULL) fail("unterminated cell");
        cell(p, tagEnd, selfClosing, content, contentEnd);
        p = selfClosing ? content : contentEnd + 4;
    }
    putc('E', stdout);
    if (fflush(stdout) != 0) fail("cannot write the dump");
    fprintf(stderr, "numbers %ld inline %ld shared %ld booleans %ld blanks %ld\n", counts[0], counts[1], counts[2],
            counts[3], counts[4]);
    return 0;
}
