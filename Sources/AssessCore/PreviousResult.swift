/// A unit's result in the previous quarter (from the ledger or a `--previous` scores.csv).
public struct PreviousResult: Hashable, Sendable {
    /// The score as printed with `%.2f` (`96.62`), from which hundredths are read.
    public var printedScore: String
    public var triggers: [Trigger]
    public var decision: Decision
    /// The letter that quarter's letter or notice sent (`昆网信函〔2026〕3号`), when known: the notice names the
    /// earlier letter a unit did not act on (documents.md "Wording").
    public var letterNumber: String?

    public init(printedScore: String, triggers: [Trigger], decision: Decision, letterNumber: String? = nil) {
        self.printedScore = printedScore
        self.triggers = triggers
        self.decision = decision
        self.letterNumber = letterNumber
    }
}
