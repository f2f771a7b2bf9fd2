/*
 * The workbook floor for the benchmark (issue 8): libxlsxwriter alone, in constant-memory mode, writing
 * ROWS x COLS cells of mixed Chinese strings, numbers and dates — no reading, no computing, no Swift.
 *
 *   gcc -O2 -o xlsx_floor xlsx_floor.c $(pkg-config --cflags --libs xlsxwriter)
 *   ./xlsx_floor OUT.xlsx ROWS COLS
 *
 * The cell mix follows assess's big sheets (问题明细, 更新情况): about half the columns text (ids, names,
 * Chinese categories; a handful of distinct values each, as in the real sheets, plus one distinct id per row),
 * a quarter numbers, a quarter dates with a number format. Rows past Excel's limit continue on a next sheet,
 * as assess does. Prints rows, cells and seconds on stdout.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

#define EXCEL_ROWS 1048576

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void check(lxw_error error, const char *what) {
    if (error != LXW_NO_ERROR) {
        fprintf(stderr, "xlsx_floor: %s: %s\n", what, lxw_strerror(error));
        exit(1);
    }
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s OUT.xlsx ROWS COLS\n", argv[0]);
        return 2;
    }
    const char *path = argv[1];
    long rows = atol(argv[2]);
    int cols = atoi(argv[3]);
    if (rows < 0 || cols < 1 || cols > 16384) {
        fprintf(stderr, "xlsx_floor: bad ROWS or COLS\n");
        return 2;
    }
    static const char *words[] = {"错别字", "错链", "表述错误", "一般", "严重", "按时整改", "超时整改",
                                  "昆明市人民政府办公室门户网站", "中共五华区委宣传部", "是", "否", "工作时间"};
    const int nwords = sizeof words / sizeof words[0];

    double start = now();
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
    lxw_workbook *workbook = workbook_new_opt(path, &options);
    if (workbook == NULL) {
        fprintf(stderr, "xlsx_floor: cannot create %s\n", path);
        return 1;
    }
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd hh:mm");

    char name[64], id[32];
    long written = 0;
    int part = 0;
    while (written < rows || part == 0) {
        part++;
        if (part == 1) snprintf(name, sizeof name, "数据");
        else snprintf(name, sizeof name, "数据 (%d)", part);
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, name);
        if (sheet == NULL) {
            fprintf(stderr, "xlsx_floor: cannot add sheet\n");
            return 1;
        }
        for (int c = 0; c < cols; c++) {
            check(worksheet_write_string(sheet, 0, (lxw_col_t)c, "列标题", header), "header");
            check(worksheet_set_column(sheet, (lxw_col_t)c, (lxw_col_t)c, 14, NULL), "width");
        }
        worksheet_freeze_panes(sheet, 1, 0);
        long here = rows - written < EXCEL_ROWS - 1 ? rows - written : EXCEL_ROWS - 1;
        check(worksheet_autofilter(sheet, 0, 0, (lxw_row_t)(here > 0 ? here : 1), (lxw_col_t)(cols - 1)), "filter");
        for (long i = 0; i < here; i++) {
            long n = written + i;
            lxw_row_t r = (lxw_row_t)(i + 1);
            for (int c = 0; c < cols; c++) {
                switch (c % 4) {
                case 0:
                    if (c == 0) {
                        snprintf(id, sizeof id, "F%08ld", n);
                        check(worksheet_write_string(sheet, r, (lxw_col_t)c, id, NULL), "string");
                    } else {
                        check(worksheet_write_string(sheet, r, (lxw_col_t)c, words[(n + c) % nwords], NULL), "string");
                    }
                    break;
                case 1:
                    check(worksheet_write_string(sheet, r, (lxw_col_t)c, words[(n * 7 + c) % nwords], NULL), "string");
                    break;
                case 2:
                    check(worksheet_write_number(sheet, r, (lxw_col_t)c, (double)((n * 31 + c) % 1000), NULL), "number");
                    break;
                default:
                    check(worksheet_write_number(sheet, r, (lxw_col_t)c, 46204.0 + (double)(n % 92) + (double)(n % 1440) / 1440.0,
                                                 date), "date");
                }
            }
        }
        written += here;
        if (rows == 0) break;
    }
    check(workbook_close(workbook), "close");
    double seconds = now() - start;
    printf("rows %ld cols %d cells %ld seconds %.3f\n", rows, cols, rows * (long)cols, seconds);
    return 0;
}
