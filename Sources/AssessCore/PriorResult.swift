/// A unit's result as the ledger recorded it for a quarter before this run: the "before" of a rerun with reviews
/// (reviews.md).
public struct PriorResult: Hashable, Sendable {
    /// The score as printed in that run's scores.csv.
    public var printedScore: String
    public var decision: Decision
    public var letterNumber: LetterNumber?

    public init(printedScore: String, decision: Decision, letterNumber: LetterNumber?) {
        self.printedScore = printedScore
        self.decision = decision
        self.letterNumber = letterNumber
    }
}
