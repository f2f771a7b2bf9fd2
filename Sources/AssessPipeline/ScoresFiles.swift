import AssessCore

/// scores.csv (byte for byte per outputs.md) and scores.json (the same rows as objects with the same keys).
public enum ScoresFiles {
    public static func csv(_ assessment: QuarterAssessment) -> String {
        var out = CSVText.row(ScoreTable.columns)
        for unit in assessment.units {
            out += CSVText.row(ScoreTable.fields(of: unit, quarter: assessment.quarter).map(\.csvText))
        }
        return out
    }

    public static func json(_ assessment: QuarterAssessment) -> String {
        let rows = assessment.units.map { unit in
            let fields = ScoreTable.fields(of: unit, quarter: assessment.quarter)
            return "  " + JSONText.object(Array(zip(ScoreTable.columns, fields.map(jsonValue))))
        }
        return rows.isEmpty ? "[]\n" : "[\n" + rows.joined(separator: ",\n") + "\n]\n"
    }

    /// Numbers as JSON numbers, lists as arrays, empty as null.
    static func jsonValue(_ field: ScoreField) -> String {
        switch field {
        case .text(let s): JSONText.string(s)
        case .integer(let n): String(n)
        case .decimal(let printed): printed
        case .list(let items): "[" + items.map(JSONText.string).joined(separator: ",") + "]"
        case .empty: "null"
        }
    }
}
