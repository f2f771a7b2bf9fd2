import AssessCore

/// compliance.csv: the registry compliance work list (Art. 8–10), one row per media and check, in
/// `ComplianceReview` order. `kind` is the media kind's Chinese value, `check` the check's code.
/// A file for people: it starts with a UTF-8 byte-order mark (outputs.md "CSV files for people").
public enum ComplianceFile {
    public static let columns = ["quarter", "unit_id", "unit_name", "media_id", "media_name", "kind", "check", "detail"]

    public static func csv(_ findings: [ComplianceFinding]) -> String {
        var out = CSVText.byteOrderMark + CSVText.row(columns)
        for f in findings {
            out += CSVText.row([f.quarter.description, f.unit.id, f.unit.name, f.media.id, f.media.name,
                                f.kind.chinese, f.check.code, f.detail])
        }
        return out
    }
}
