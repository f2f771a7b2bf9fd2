/// The rulebook applied to one quarter: metrics, score, triggers, decision, ideology deduction and
/// letter number of every assessed unit (rules.md, in the order it is written).
///
/// Pure and deterministic: the same data, options and letter book give the same assessment. Every table is
/// grouped once by dictionary (`AssessmentIndex`), so the work is linear in the rows plus a sort of the
/// units, media and each unit's findings.
public struct Assessor: Sendable {
    public var configuration: Configuration
    /// The working-day calendar (the shipped schedule); the configuration's additions are applied on top, here
    /// only (`basis`).
    public var calendar: WorkingCalendar

    public init(configuration: Configuration, calendar: WorkingCalendar) {
        self.configuration = configuration
        self.calendar = calendar
    }

    /// Assesses `quarter`.
    /// - Parameters:
    ///   - asOf: the moment "not fixed yet" is judged; default the quarter's end.
    ///   - issueDate: the letters' date; default the first working day on or after the date of `asOf`.
    ///   - previous: last quarter's results by unit id; nil when there is none (the first quarter ever assessed,
    ///     `--no-previous`): every triggered unit then gets a letter, and a warning says so.
    ///   - letters: numbers already handed out (this quarter's earlier runs, highest per year).
    ///   - notices: the notice's numbers already handed out (likewise).
    public func assess(_ data: QuarterData, quarter: Quarter, asOf: LocalDateTime? = nil, issueDate: Day? = nil,
                       previous: [String: PreviousResult]?, letters: LetterBook = LetterBook(),
                       notices: NoticeBook = NoticeBook()) -> QuarterAssessment {
        assess(data, basis: basis(data, quarter: quarter, asOf: asOf, issueDate: issueDate), previous: previous,
               letters: letters, notices: notices)
    }

    /// Assesses the quarter of `basis`, which was made from the same `data` (before its posts and inspections).
    public func assess(_ data: QuarterData, basis: AssessmentBasis, previous: [String: PreviousResult]?,
                       letters: LetterBook = LetterBook(), notices: NoticeBook = NoticeBook()) -> QuarterAssessment {
        let quarter = basis.quarter
        let index = basis.index
        var warnings = basis.calendarWarnings
        if previous == nil {
            warnings.append(.firstAssessment(previousQuarter: quarter.previous))
        }
        warnings += basis.laterWarnings
        let staffing = StaffingRule(editors: data.editors)

        // Stage 1: metrics, score, triggers and decision per assessed unit, in unit_id byte order.
        var drafts: [UnitAssessment] = []
        for assessed in basis.units {
            let unit = assessed.unit
            let rules = basis.ruleBook.rules(for: unit.category)
            let itemsChecked = (index.mediaOfUnit[unit.id] ?? []).reduce(0) { $0 + activity(data, $1).itemsChecked }
            var media = assessed.media.map { windowed in
                let item = data.media[windowed.index]
                let activity = activity(data, windowed.index)
                let silence = InactivityRule.silence(window: windowed.window, activity: activity, quarter: quarter,
                                                     inactivityDays: rules.inactivityDays)
                return MediaAssessment(
                    media: item, window: windowed.window, posts: activity.postsInQuarter, postDays: silence.postDays,
                    silentDays: silence.days, longestSilence: silence.range, inactive: silence.inactive,
                    itemsChecked: activity.itemsChecked, monitored: activity.monitored,
                    staffed: staffing.isStaffed(item), majorIncidents: index.majorIncidentsOfMedia[item.id] ?? 0)
            }
            media.sort { $0.media.id.precedesInByteOrder($1.media.id) }
            let findings = assessed.findings
            let missing = SystemsRule.missing(required: rules.requiredSystems,
                                              declared: index.systemsOfUnit[unit.id] ?? [], quarter: quarter)
            let complaints = index.complaintsOfUnit[unit.id] ?? []
            let metrics = UnitMetricsRule.metrics(media: media, itemsChecked: itemsChecked, findings: findings,
                                                  missingSystems: missing, complaints: complaints.count)
            let deductions = ScoreRule.deductions(metrics, rules: rules)
            let score = ScoreRule.score(deductions, rules: rules)
            let triggers = TriggerRule.triggers(metrics, thresholds: rules.thresholds)
            let previousResult = previous?[unit.id]
            let decision = DecisionRule.decide(triggers: triggers, score: score, previous: previousResult,
                                               improvementMargin: rules.improvementMargin)
            let ideology = IdeologyRule.deduction(decision: decision, majorIncidents: metrics.majorIncidents,
                                                  rules: rules.ideology)
            drafts.append(UnitAssessment(
                unit: unit, supervisor: SupervisorRule.supervisor(of: unit, city: configuration.city),
                metrics: metrics, deductions: deductions, score: score, triggers: triggers,
                previous: previousResult, decision: decision, ideologyDeduction: ideology, letterNumber: nil,
                evidence: UnitEvidence(findings: findings, media: media, missingSystems: missing,
                                       complaints: complaints)))
        }

        // Stage 2: letter numbers, in unit_id byte order, for units with a letter or a notice.
        let needing = drafts.filter { $0.decision != .noAction }.map(\.unit.id)
        let numbers = letters.numbering(needing, year: basis.issueDate.year, prefix: configuration.letterPrefix).numbers
        for i in drafts.indices { drafts[i].letterNumber = numbers[drafts[i].unit.id] }
        // Stage 3: the notice's own number, when any unit is named in it (documents.md "Numbers").
        let noticeNumber = drafts.contains { $0.decision == .notice }
            ? notices.number(year: basis.issueDate.year, prefix: configuration.noticePrefix) : nil

        return QuarterAssessment(quarter: quarter, asOf: basis.asOf, issueDate: basis.issueDate,
                                 reportDueDate: basis.reportDueDate, units: drafts, noticeNumber: noticeNumber,
                                 warnings: warnings,
                                 order: AdministrativeOrder(configured: configuration.regionOrder, units: data.units))
    }

    /// The posts and inspections folded for the media at `index` (none when the data has no fold for it).
    private func activity(_ data: QuarterData, _ index: Int) -> MediaActivity {
        data.activity.indices.contains(index) ? data.activity[index] : MediaActivity()
    }
}
