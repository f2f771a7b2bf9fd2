/// A letter number `{prefix}〔{year}〕{n}号` (rules.md "Letters").
public struct LetterNumber: Hashable, Sendable, CustomStringConvertible {
    public var prefix: String
    public var year: Int
    public var sequence: Int

    public init(prefix: String, year: Int, sequence: Int) {
        self.prefix = prefix
        self.year = year
        self.sequence = sequence
    }

    public var description: String { "\(prefix)〔\(year)〕\(sequence)号" }
}
