/// Notice numbers already handed out (documents.md "Numbers"): the number this quarter's earlier run gave its
/// notice, and the highest sequence used so far in each year. Same rules as letters (rules.md "Letters").
public struct NoticeBook: Sendable {
    public var existing: LetterNumber?
    public var highestSequence: [Int: Int]

    public init(existing: LetterNumber? = nil, highestSequence: [Int: Int] = [:]) {
        self.existing = existing
        self.highestSequence = highestSequence
    }

    /// The notice's number: the one this quarter's earlier run gave it when that number is of `year`, else the
    /// next number of `year` after the highest used so far.
    public func number(year: Int, prefix: String) -> LetterNumber {
        if let existing, existing.year == year { return existing }
        return LetterNumber(prefix: prefix, year: year, sequence: (highestSequence[year] ?? 0) + 1)
    }
}
