import AssessCore

/// `ideology-{year}.csv` (year.md): a CSV for people, so UTF-8 with a byte-order mark (outputs.md), LF line ends,
/// one row per unit with a result in any quarter of the year, sorted by unit id in UTF-8 byte order.
///
/// A partial year's file opens with one line naming the missing quarters, before the header.
public enum AnnualIdeologyFile {
    public static var columns: [String] { AnnualColumn.allCases.map(\.rawValue) }

    public static func csv(_ rollUp: YearRollUp) -> String {
        var out = CSVText.byteOrderMark
        if let note = rollUp.missingNote { out += CSVText.row(["注意：" + note]) }
        out += CSVText.row(columns)
        for unit in rollUp.units {
            out += CSVText.row(AnnualColumn.allCases.map { $0.printed(unit, year: rollUp.year) })
        }
        return out
    }

    /// The file's name for `year`.
    public static func name(_ year: Int) -> String { "ideology-\(year).csv" }
}
