/// A stretch of text with one look: plain or bold (the only emphasis the templates use).
public struct TextRun: Sendable, Equatable {
    public var text: String
    public var bold: Bool

    public init(_ text: String, bold: Bool = false) {
        self.text = text
        self.bold = bold
    }
}

extension Array where Element == TextRun {
    /// The runs' text, as a reader sees it.
    public var plainText: String { map(\.text).joined() }

    /// Every run bold (and at least one run).
    var isAllBold: Bool { !isEmpty && allSatisfy(\.bold) }
}
