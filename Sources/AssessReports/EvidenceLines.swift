/// One finding as the letter shows it (Art. 15): where, when, what, the deadline and how late.
public struct FindingLine: Sendable, Equatable {
    public var number: Int
    /// `1.` or `（1）`: the numbering level the list sits at.
    public var numeral: String
    public var media: String
    public var mediaKind: String
    public var detectedAt: String
    public var category: String
    public var severity: String
    public var notifiedAt: String
    /// `60分钟`.
    public var limit: String
    public var deadline: String
    /// The fix time, or nil when not fixed.
    public var fixedAt: String?
    /// `超时整改`, `逾期未改`, `按时整改`, `未到期`.
    public var outcome: String
    /// How far past the deadline (`1小时5分钟`), nil when not late.
    public var lateness: String?
    public var description: String?
}

/// One inactive media and its longest silence (Art. 19 长期不发布).
public struct SilenceLine: Sendable, Equatable {
    public var number: Int
    /// `1.` or `（1）`: the numbering level the list sits at.
    public var numeral: String
    public var media: String
    public var mediaKind: String
    /// First and last date of the longest run without a post, the Chinese way.
    public var from: String
    public var to: String
    public var days: Int
    /// Posts inside the quarter.
    public var posts: Int
}

/// One media named for what it lacks (no on-staff chief editor, no inspection).
public struct MediaLine: Sendable, Equatable {
    public var number: Int
    /// `1.` or `（1）`: the numbering level the list sits at.
    public var numeral: String
    public var media: String
    public var mediaKind: String
}

/// One required system the unit lacks.
public struct SystemLine: Sendable, Equatable {
    public var number: Int
    /// `1.` or `（1）`: the numbering level the list sits at.
    public var numeral: String
    public var system: String
    /// The article that requires it (`第十二条`).
    public var article: String
}

/// One substantiated complaint (Art. 19 群众不满意); the complainant is never named.
public struct ComplaintLine: Sendable, Equatable {
    public var number: Int
    /// `1.` or `（1）`: the numbering level the list sits at.
    public var numeral: String
    public var receivedAt: String
    /// The channel, or `—`.
    public var channel: String
    /// The media it concerns, or `—` when it concerns the unit directly.
    public var media: String
}

/// An article of the measures cited by a letter or notice.
public struct ArticleLine: Sendable, Equatable {
    /// `第十九条`.
    public var article: String
    /// What the article provides, in our words (not the measure's text: never print it as a quotation).
    public var text: String
}
