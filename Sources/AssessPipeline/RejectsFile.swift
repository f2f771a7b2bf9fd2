import AssessCore

/// rejects.csv: `file,line,column,reason,raw`, every rejected input row; header only when none.
/// Phone numbers in raw rows (an editors.csv row carries one) are masked. A file for people: it starts with a
/// UTF-8 byte-order mark so that Excel on a Chinese Windows reads it (outputs.md "CSV files for people").
public enum RejectsFile {
    public static func csv(_ rejects: [RejectedRow]) -> String {
        var out = CSVText.byteOrderMark + CSVText.row(["file", "line", "column", "reason", "raw"])
        for r in rejects {
            out += CSVText.row([r.file, String(r.line), r.column, r.reason, PhoneMask.maskRejectedRow(r.raw, file: r.file)])
        }
        return out
    }
}
