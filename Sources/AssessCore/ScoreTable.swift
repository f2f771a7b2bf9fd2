/// The rows of scores.csv and scores.json (outputs.md "scores.csv — byte for byte"), read from `ScoreColumn`.
public enum ScoreTable {
    /// Column names, in order.
    public static let columns: [String] = ScoreColumn.allCases.map(\.name)

    /// The fields of `unit`'s row, parallel to `columns`.
    public static func fields(of unit: UnitAssessment, quarter: Quarter) -> [ScoreField] {
        ScoreColumn.allCases.map { $0.value(of: unit, quarter: quarter).field }
    }
}
