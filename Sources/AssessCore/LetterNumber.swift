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

extension LetterNumber {
    /// Reads `{prefix}〔{year}〕{n}号` back (a scores.csv `letter_no` cell); nil when the text is not of that form.
    public init?(parsing text: String) {
        guard let open = text.firstIndex(of: "〔"), let close = text.firstIndex(of: "〕"), open < close,
              text.hasSuffix("号") else { return nil }
        let prefix = String(text[..<open])
        let yearText = text[text.index(after: open)..<close]
        let sequenceText = text[text.index(after: close)..<text.index(before: text.endIndex)]
        guard !prefix.isEmpty, yearText.count == 4, yearText.allSatisfy({ $0.isASCII && $0.isNumber }),
              let year = Int(yearText), !sequenceText.isEmpty, sequenceText.count <= 9,
              sequenceText.allSatisfy({ $0.isASCII && $0.isNumber }), let sequence = Int(sequenceText),
              sequence >= 1 else { return nil }
        self.init(prefix: prefix, year: year, sequence: sequence)
    }
}
