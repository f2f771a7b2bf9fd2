/// A unit's result in the previous quarter (from the ledger or a `--previous` scores.csv).
public struct PreviousResult: Hashable, Sendable {
    /// The score as printed with `%.2f` (`96.62`), from which hundredths are read.
    public var printedScore: String
    public var triggers: [Trigger]
    public var decision: Decision

    public init(printedScore: String, triggers: [Trigger], decision: Decision) {
        self.printedScore = printedScore
        self.triggers = triggers
        self.decision = decision
    }
}
