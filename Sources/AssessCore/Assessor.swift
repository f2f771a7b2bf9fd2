/// The rulebook applied to one quarter: metrics, score, triggers, decision, ideology deduction and
/// letter number of every assessed unit (rules.md, in the order it is written).
///
/// Pure and deterministic: the same data, options and letter book give the same assessment. Every table is
/// grouped once by dictionary (`AssessmentIndex`), so the work is linear in the rows plus a sort of the
/// units, media and each unit's findings.
public struct Assessor: Sendable {
    public var configuration: Configuration
    /// The working-day calendar (the shipped schedule); the configuration's additions are applied on top.
    public var calendar: WorkingCalendar

    public init(configuration: Configuration, calendar: WorkingCalendar) {
        self.configuration = configuration
        self.calendar = calendar
    }

    /// Assesses `quarter`.
    /// - Parameters:
    ///   - asOf: the moment "not fixed yet" is judged; default the quarter's end.
    ///   - issueDate: the letters' date; default the first working day on or after the date of `asOf`.
    ///   - previous: last quarter's results by unit id; nil when that quarter is unknown (every triggered
    ///     unit then gets a letter, and a warning says so).
    ///   - letters: numbers already handed out (this quarter's earlier runs, highest per year).
    public func assess(_ data: QuarterData, quarter: Quarter, asOf: LocalDateTime? = nil, issueDate: Day? = nil,
                       previous: [String: PreviousResult]?, letters: LetterBook = LetterBook()) -> QuarterAssessment {
        var warnings: [String] = []
        var calendar = self.calendar
        do {
            calendar = try calendar.adding(configuration.calendar)
        } catch {
            warnings.append("\(error.description)；该条已忽略。")
        }
        let asOf = asOf ?? quarter.end
        let issue = issueDate ?? LetterDates.defaultIssueDate(asOf: asOf, calendar: calendar)
        let due = LetterDates.reportDueDate(issueDate: issue, workingDays: configuration.reportWorkingDays,
                                            calendar: calendar)
        if previous == nil {
            let name = quarter.previous?.description ?? "上一季度"
            warnings.append("未找到上一季度（\(name)）的评估结果：本季度凡触发评估标准的单位一律发整改函，不作通报。")
        }
        let ruleBook = CategoryRuleBook(configuration: configuration)
        warnings += ruleBook.warnings

        let index = AssessmentIndex(data, quarter: quarter, asOf: asOf, ruleBook: ruleBook, calendar: calendar)
        let staffing = StaffingRule(editors: data.editors)

        var years = Set(calendar.uncoveredYears(in: DayRange(start: quarter.startDay, end: quarter.endDay)))
        years.formUnion(calendar.uncoveredYears(in: DayRange(start: issue, end: due.adding(days: 1))))
        years.formUnion(index.notifiedYears.filter { !calendar.coveredYears.contains($0) })
        for year in years.sorted() {
            warnings.append("工作日历缺少\(year)年的法定节假日和调休安排，该年按周一至周五为工作日计算；"
                + "请在配置 calendar 中补充。")
        }

        // Stage 1: metrics, score, triggers and decision per assessed unit, in unit_id byte order.
        var drafts: [UnitAssessment] = []
        for unitIndex in index.unitOrder {
            let unit = data.units[unitIndex]
            let rules = ruleBook.rules(for: unit.category)
            var media: [MediaAssessment] = []
            var itemsChecked = 0
            for mediaIndex in index.mediaOfUnit[unit.id] ?? [] {
                let item = data.media[mediaIndex]
                let activity = data.activity.indices.contains(mediaIndex) ? data.activity[mediaIndex] : MediaActivity()
                itemsChecked += activity.itemsChecked
                let window = MediaWindow.window(of: item, in: quarter)
                guard !window.isEmpty else { continue }
                let silence = InactivityRule.silence(window: window, activity: activity, quarter: quarter,
                                                     inactivityDays: rules.inactivityDays)
                media.append(MediaAssessment(
                    media: item, window: window, posts: activity.postsInQuarter, postDays: silence.postDays,
                    silentDays: silence.days, longestSilence: silence.range, inactive: silence.inactive,
                    itemsChecked: activity.itemsChecked, monitored: activity.monitored,
                    staffed: staffing.isStaffed(item), majorIncidents: index.majorIncidentsOfMedia[item.id] ?? 0))
            }
            guard !media.isEmpty else { continue }
            media.sort { $0.media.id.precedesInByteOrder($1.media.id) }
            let findings = (index.findingsOfUnit[unit.id] ?? []).sorted(by: FindingOutcome.worstFirst)
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
        let numbers = letters.numbering(needing, year: issue.year, prefix: configuration.letterPrefix).numbers
        for i in drafts.indices { drafts[i].letterNumber = numbers[drafts[i].unit.id] }

        return QuarterAssessment(quarter: quarter, asOf: asOf, issueDate: issue, reportDueDate: due, units: drafts,
                                 warnings: warnings)
    }
}
