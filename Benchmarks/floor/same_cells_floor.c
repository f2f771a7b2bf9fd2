/*
 * The same-cells floor (issue 20): libxlsxwriter alone writing exactly the cells of assess's own workbook —
 * the same sheets in the same order, the same rows and columns, the same strings and numbers — with no
 * formats, widths, filters, page setup or charts. What assess does beyond this is its own cost.
 *
 *   gcc -O2 -o same_cells_floor same_cells_floor.c $(pkg-config --cflags --libs xlsxwriter)
 *   python3 extract_cells.py assessment.xlsx cells.dump      # once, not timed here
 *   ./same_cells_floor cells.dump OUT.xlsx [constant|auto]
 *
 * The dump is read into memory whole before the clock starts; the seconds printed are libxlsxwriter's alone,
 * from `workbook_new_opt` to `workbook_close` returning (the file complete). The memory mode is assess's own
 * ("auto", the default: constant memory when assess's workbook has no shared strings, as at province size) or
 * always constant memory ("constant").
 *
 * Dump layout (little-endian; a "blob" is u32 length, the UTF-8 bytes, a NUL):
 *   "SAMECELLS1\n", u8 constant-memory, u32 shared-string count, that many blobs, u32 sheet count,
 *   then per sheet: 'S' blob(name), cell records, 'E'. A cell record is a kind byte, u32 row, u16 column
 *   (both zero-based), then for 'n' a double, for 's' a blob, for 'i' a u32 shared-string index, for 'b' a u8.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

static const uint8_t *dump;
static size_t dumpLength;
static size_t at;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void fail(const char *what) {
    fprintf(stderr, "same_cells_floor: %s\n", what);
    exit(1);
}

static void check(lxw_error error, const char *what) {
    if (error != LXW_NO_ERROR) {
        fprintf(stderr, "same_cells_floor: %s: %s\n", what, lxw_strerror(error));
        exit(1);
    }
}

static void need(size_t n) {
    if (at + n > dumpLength) fail("the dump ends early");
}

static uint8_t u8(void) { need(1); return dump[at++]; }
static uint16_t u16(void) { uint16_t v; need(2); memcpy(&v, dump + at, 2); at += 2; return v; }
static uint32_t u32(void) { uint32_t v; need(4); memcpy(&v, dump + at, 4); at += 4; return v; }
static double f64(void) { double v; need(8); memcpy(&v, dump + at, 8); at += 8; return v; }

/* A blob's text, NUL-terminated in place. */
static const char *blob(void) {
    uint32_t n = u32();
    need((size_t)n + 1);
    const char *text = (const char *)dump + at;
    at += (size_t)n + 1;
    return text;
}

static void readDump(const char *path) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) fail("cannot open the dump");
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    uint8_t *bytes = malloc((size_t)size + 1);
    if (bytes == NULL) fail("out of memory");
    if (fread(bytes, 1, (size_t)size, file) != (size_t)size) fail("cannot read the dump");
    fclose(file);
    dump = bytes;
    dumpLength = (size_t)size;
}

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4 || (argc == 4 && strcmp(argv[3], "constant") != 0 && strcmp(argv[3], "auto") != 0)) {
        fprintf(stderr, "usage: %s DUMP OUT.xlsx [constant|auto]\n", argv[0]);
        return 2;
    }
    readDump(argv[1]);
    need(11);
    if (memcmp(dump, "SAMECELLS1\n", 11) != 0) fail("not a cells dump");
    at = 11;
    int constant = u8() || (argc == 4 && strcmp(argv[3], "constant") == 0);
    uint32_t sharedCount = u32();
    const char **shared = malloc(sizeof *shared * (sharedCount ? sharedCount : 1));
    for (uint32_t i = 0; i < sharedCount; i++) shared[i] = blob();
    uint32_t sheets = u32();
    size_t body = at;

    double start = now();
    lxw_workbook_options options = {.constant_memory = constant ? LXW_TRUE : LXW_FALSE, .tmpdir = NULL};
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    if (workbook == NULL) fail("cannot create the workbook");
    long cells = 0;
    for (uint32_t s = 0; s < sheets; s++) {
        if (u8() != 'S') fail("a sheet record was expected");
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, blob());
        if (sheet == NULL) fail("cannot add a sheet");
        for (;;) {
            uint8_t kind = u8();
            if (kind == 'E') break;
            lxw_row_t row = u32();
            lxw_col_t column = u16();
            switch (kind) {
            case 'n': check(worksheet_write_number(sheet, row, column, f64(), NULL), "number"); break;
            case 's': check(worksheet_write_string(sheet, row, column, blob(), NULL), "string"); break;
            case 'i': {
                uint32_t index = u32();
                if (index >= sharedCount) fail("a shared string index out of range");
                check(worksheet_write_string(sheet, row, column, shared[index], NULL), "string");
                break;
            }
            case 'b': check(worksheet_write_boolean(sheet, row, column, u8(), NULL), "boolean"); break;
            default: fail("an unknown cell record");
            }
            cells++;
        }
    }
    check(workbook_close(workbook), "close");
    double seconds = now() - start;
    printf("sheets %u cells %ld dump_bytes %zu constant_memory %s seconds %.3f\n", sheets, cells, dumpLength - body,
           constant ? "yes" : "no", seconds);
    return 0;
}
