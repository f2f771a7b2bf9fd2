/// What `notice.md.mustache` can use: the quarter's circular (通报, Art. 19) naming the units that showed no
/// obvious improvement after last quarter's letter.
public struct NoticeModel: Sendable, Equatable {
    public var issuer: String
    public var city: String
    public var quarter: String
    public var quarterCode: String
    public var previousQuarter: String
    public var issueDate: String
    /// The named units' written reply is due on this date.
    public var replyDueDate: String
    public var reportWorkingDays: Int
    public var unitsAssessed: Int
    public var mediaAssessed: Int
    public var mediaPassed: Int
    public var mediaFailed: Int
    /// `96.50%`.
    public var mediaPassRate: String
    public var averageScore: String
    /// Units whose decision is letter (not counting notices).
    public var letters: Int
    public var notices: Int
    /// Units that received a letter or were named last quarter, and how they did this quarter.
    public var followedUp: Int
    public var improved: Int
    public var notImproved: Int
    public var units: [NamedUnit]
    /// Every failing media of the quarter (inactive or with a major incident), by unit then media id.
    public var failingMedia: [FailingMediaRow]
    public var articles: [ArticleLine]
}

/// A unit named in the notice, with its problems.
public struct NamedUnit: Sendable, Equatable {
    public var number: Int
    public var name: String
    public var category: String
    public var region: String
    public var supervisor: String
    public var score: String
    public var previousScore: String
    public var letterNumber: String
    public var problemNames: String
    /// One line per trigger: its name and summary sentence.
    public var problems: [ProblemLine]
}

/// One Art. 19 criterion of a named unit.
public struct ProblemLine: Sendable, Equatable {
    public var name: String
    public var summary: String
}

/// One row of the notice's attachment.
public struct FailingMediaRow: Sendable, Equatable {
    public var number: Int
    public var unit: String
    public var media: String
    public var mediaKind: String
    /// `连续42天未更新；重大问题1个`.
    public var reason: String
}
