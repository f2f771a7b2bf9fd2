/// One unit's result in one quarter as the ledger recorded it (the latest run of that quarter), its values as
/// printed in that quarter's scores.csv, so that a later roll-up adds up exactly what the office was given.
public struct RecordedResult: Hashable, Sendable {
    public var quarter: Quarter
    public var unitID: String
    public var unitName: String
    /// The unit category's Chinese value, as printed.
    public var category: String
    public var region: String
    public var supervisor: String
    /// `96.62`.
    public var printedScore: String
    public var triggers: [Trigger]
    public var decision: Decision
    /// The Art. 20 deduction as printed in scores.csv and ideology.csv (`3.00`).
    public var printedIdeologyDeduction: String
    /// `昆网信函〔2026〕7号`, empty when the unit got no letter that quarter.
    public var letterNumber: String

    public init(quarter: Quarter, unitID: String, unitName: String, category: String, region: String,
                supervisor: String, printedScore: String, triggers: [Trigger], decision: Decision,
                printedIdeologyDeduction: String, letterNumber: String) {
        self.quarter = quarter
        self.unitID = unitID
        self.unitName = unitName
        self.category = category
        self.region = region
        self.supervisor = supervisor
        self.printedScore = printedScore
        self.triggers = triggers
        self.decision = decision
        self.printedIdeologyDeduction = printedIdeologyDeduction
        self.letterNumber = letterNumber
    }

    /// The score in hundredths (`96.62` → 9662); 0 for a value that is not a printed number.
    public var scoreHundredths: Int { FixedPoint.hundredths(printedScore) ?? 0 }

    /// The ideology deduction in hundredths (`3.00` → 300); 0 for a value that is not a printed number.
    public var ideologyHundredths: Int { FixedPoint.hundredths(printedIdeologyDeduction) ?? 0 }
}
