/// Letter numbers already handed out (rules.md "Letters"): this quarter's earlier numbers by unit id, and the
/// highest sequence used so far in each year.
public struct LetterBook: Sendable {
    public var existing: [String: LetterNumber]
    public var highestSequence: [Int: Int]

    public init(existing: [String: LetterNumber] = [:], highestSequence: [Int: Int] = [:]) {
        self.existing = existing
        self.highestSequence = highestSequence
    }
}
