import AssessCore

/// One unit's recorded result in one quarter, as listed by `Ledger.unitHistory(_:)`.
public struct UnitHistoryRow: Hashable, Sendable {
    public var quarter: Quarter
    /// The unit's name as recorded that quarter.
    public var unitName: String
    /// The score as printed in that quarter's scores.csv (`96.62`).
    public var printedScore: String
    public var triggers: [Trigger]
    public var decision: Decision
    public var letterNumber: LetterNumber?

    public init(quarter: Quarter, unitName: String, printedScore: String, triggers: [Trigger], decision: Decision,
                letterNumber: LetterNumber?) {
        self.quarter = quarter
        self.unitName = unitName
        self.printedScore = printedScore
        self.triggers = triggers
        self.decision = decision
        self.letterNumber = letterNumber
    }
}
