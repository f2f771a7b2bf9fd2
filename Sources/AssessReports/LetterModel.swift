/// What `letter.md.mustache` can use: plain values and lists, Chinese labels, dates the Chinese way.
///
/// Every text value that comes from the input is escaped for Markdown when rendered (`MarkdownEscaping`).
/// The keys are listed for the office in `Templates/README.md`.
public struct LetterModel: Sendable, Equatable {
    public var issuer: String
    public var city: String
    /// `昆网信函〔2026〕7号`.
    public var letterNumber: String
    public var unitName: String
    public var unitID: String
    public var category: String
    public var region: String
    public var supervisor: String
    /// `2026年第3季度`.
    public var quarter: String
    /// `2026Q3`.
    public var quarterCode: String
    /// The quarter's year and number, for the title's 事由 (`关于…2026年第3季度存在问题的整改函`).
    public var year: Int
    public var quarterNumber: Int
    /// `2026年10月8日`.
    public var issueDate: String
    /// The written rectification report is due on this date (rules.md "Letters").
    public var reportDueDate: String
    public var reportWorkingDays: Int
    /// `%.2f`.
    public var score: String
    public var ideologyDeduction: String
    /// 印发机关 of the 版记 (configuration `documents.printer`, else the issuer).
    public var printer: String
    /// 附注: `联系人：…；联系电话：…`, nil when not configured.
    public var contact: String?
    /// The unit's triggers in words (by the condition that held), joined with `、`.
    public var triggerNames: String
    public var triggerCount: Int
    /// Each Art. 19 criterion that holds, with its evidence, in rulebook order.
    public var triggers: [TriggerEvidence]
    /// The articles that apply (Art. 15 when the inspection or deadlines are involved, Art. 12/14 for systems, Art. 19, Art. 20).
    public var articles: [ArticleLine]
    /// The decision is a notice (no obvious improvement after last quarter's letter).
    public var isNotice: Bool
    /// Last quarter's result, when there is one.
    public var previous: PreviousLine?
}

/// One Art. 19 criterion that holds for the unit, with its evidence (the worst first, at most N per list).
public struct TriggerEvidence: Sendable, Equatable {
    /// 1-based position among the unit's triggers.
    public var number: Int
    /// `（一）`: the second numbering level.
    public var numeral: String
    /// The article that requires what was missed (`第十五条`).
    public var article: String
    /// `error_rate`.
    public var code: String
    /// `错误率高`, or `出现严重错误` when the error-rate criterion held by serious errors alone.
    public var name: String
    /// One sentence with the numbers behind it.
    public var summary: String
    public var findings: [FindingLine]
    /// Findings left out of the list (nil when none).
    public var findingsMore: Int?
    /// Findings of this criterion already listed under an earlier one (nil when none), and where (`（一）`).
    public var findingsListedAbove: Int?
    public var findingsListedIn: String?
    public var silences: [SilenceLine]
    public var silencesMore: Int?
    public var systems: [SystemLine]
    public var unstaffed: [MediaLine]
    public var unstaffedMore: Int?
    public var unmonitored: [MediaLine]
    public var unmonitoredMore: Int?
    public var complaints: [ComplaintLine]
    public var complaintsMore: Int?
    /// `1.`, `2.`: the third-level numbers of the lists shown under a heading of their own (the findings of
    /// 落实不得力, the missing systems, the unstaffed and the unmonitored media); nil when the list is empty or
    /// its items are numbered at the third level themselves.
    public var findingsNumeral: String?
    public var systemsNumeral: String?
    public var unstaffedNumeral: String?
    public var unmonitoredNumeral: String?

    init(number: Int, code: String, name: String, summary: String, article: String) {
        self.number = number
        numeral = Numbering.level2(number)
        self.article = article
        self.code = code
        self.name = name
        self.summary = summary
        findings = []
        silences = []
        systems = []
        unstaffed = []
        unmonitored = []
        complaints = []
    }
}

/// The unit's previous quarter, for the notice variant and for comparison.
public struct PreviousLine: Sendable, Equatable {
    /// `2026年第2季度`.
    public var quarter: String
    public var score: String
    /// `整改函`, `通报`, `无`.
    public var decision: String
    public var triggerNames: String
    /// Criteria that held in both quarters, joined with `、` (nil when none).
    public var repeatedTriggers: String?
    /// `上升 1.20 分`, `下降 0.50 分`, `持平`.
    public var scoreChange: String
    /// That quarter's letter number, when known.
    public var letterNumber: String?
}
