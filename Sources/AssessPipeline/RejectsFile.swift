import AssessCore

/// rejects.csv: `file,line,column,reason,raw`, every rejected input row; header only when none.
/// Raw rows of the registry's editors table have their phone numbers masked.
public enum RejectsFile {
    public static func csv(_ rejects: [RejectedRow]) -> String {
        var out = CSVText.row(["file", "line", "column", "reason", "raw"])
        for r in rejects {
            out += CSVText.row([r.file, String(r.line), r.column, r.reason, r.file.hasPrefix("editors.") ? PersonalData.redact(r.raw) : r.raw])
        }
        return out
    }
}
