/// What `notice.md.mustache` can use: the quarter's circular (通报, Art. 19) naming the units that showed no
/// obvious improvement after last quarter's letter.
public struct NoticeModel: Sendable, Equatable {
    public var issuer: String
    public var city: String
    public var quarter: String
    public var quarterCode: String
    /// The quarter's year and number, for the title's 事由.
    public var year: Int
    public var quarterNumber: Int
    /// The notice's own number (`昆网信通〔2026〕1号`), empty when none was given.
    public var noticeNumber: String
    /// 抄送 of the 版记: the configured recipients joined with `，`.
    public var copyTo: String
    /// 印发机关 (configuration `documents.printer`, else the issuer).
    public var printer: String
    /// 附注: `联系人：…；联系电话：…`, nil when not configured.
    public var contact: String?
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
    /// `（一）`: each named unit is a second-level heading.
    public var numeral: String
    public var name: String
    public var category: String
    public var region: String
    public var supervisor: String
    public var score: String
    public var previousScore: String
    /// This quarter's letter number.
    public var letterNumber: String
    /// The earlier letter the unit did not act on: the previous quarter (`2026年第2季度`) and its number
    /// (nil when the previous result does not carry it).
    public var earlierQuarter: String
    public var earlierLetterNumber: String?
    /// `整改函` or `通报`: what the unit received that quarter.
    public var earlierDecision: String
    public var problemNames: String
    /// One line per trigger: its name and summary sentence.
    public var problems: [ProblemLine]
}

/// One Art. 19 criterion of a named unit.
public struct ProblemLine: Sendable, Equatable {
    /// `1.`: the third level under the unit.
    public var numeral: String
    /// By the condition that held (`出现严重错误` when only serious errors made the error-rate criterion hold).
    public var name: String
    public var summary: String
    /// The article that requires what was missed.
    public var article: String
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
