import AssessCore
import GRDB

/// The values of a quarter's `unit_result` rows, one per unit in the assessment's order, without the run's id:
/// every scores.csv value as printed (`StoredText`), then the letter number's prefix, year and sequence.
///
/// Made apart from `Ledger.record` so that a run can make them while its workbook is still being written: at
/// province size they are most of the record step's work (formatting 20,000 × 37 values), and the ledger's
/// transaction can only start once the outputs are finished (docs/PERFORMANCE.md "The ledger step").
public struct UnitResultRows: Sendable {
    public let quarter: Quarter
    /// Each unit's values, ready to bind (the run's id is appended when the row is inserted).
    let values: [StatementArguments]

    public init(_ assessment: QuarterAssessment) {
        quarter = assessment.quarter
        values = assessment.units.map { unit in
            let scores = ScoreColumn.allCases.map { StoredText.stored($0.value(of: unit, quarter: assessment.quarter)) }
            return StatementArguments(scores + [unit.letterNumber?.prefix, unit.letterNumber?.year,
                                                unit.letterNumber?.sequence])
        }
    }
}
