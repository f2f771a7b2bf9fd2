import AssessCore

extension LetterModel {
    /// The letter of `unit` (Art. 19): each trigger with its evidence, at most `itemLimit` entries per list.
    init(unit: UnitAssessment, inputs: ReportInputs, itemLimit: Int) {
        let assessment = inputs.assessment
        let configuration = inputs.configuration
        let rules = configuration.rules(for: unit.unit.category)
        let evidence = EvidenceIndex(unit: unit)

        issuer = configuration.issuer
        city = configuration.city
        letterNumber = unit.letterNumber?.description ?? ""
        unitName = unit.unit.name
        unitID = unit.unit.id
        category = unit.unit.category.chinese
        region = unit.unit.region
        supervisor = unit.supervisor
        quarter = assessment.quarter.chinese
        quarterCode = assessment.quarter.description
        issueDate = assessment.issueDate.chinese
        reportDueDate = assessment.reportDueDate.chinese
        reportWorkingDays = configuration.reportWorkingDays
        score = Formatting.fixed2(unit.score)
        ideologyDeduction = Formatting.fixed2(unit.ideologyDeduction)
        triggerNames = Formatting.list(unit.triggers.map { $0.chinese })
        triggerCount = unit.triggers.count
        triggers = unit.triggers.enumerated().map { index, trigger in
            evidence.section(for: trigger, number: index + 1, metrics: unit.metrics, rules: rules, limit: itemLimit)
        }
        articles = Articles.forLetter(triggers: unit.triggers)
        isNotice = unit.decision == .notice
        previous = unit.previous.map { previous in
            let repeated = unit.triggers.filter { previous.triggers.contains($0) }
            return PreviousLine(
                quarter: assessment.quarter.previous?.chinese ?? "",
                score: previous.printedScore,
                decision: previous.decision.chinese,
                triggerNames: previous.triggers.isEmpty ? "无" : Formatting.list(previous.triggers.map { $0.chinese }),
                repeatedTriggers: repeated.isEmpty ? nil : Formatting.list(repeated.map { $0.chinese }),
                scoreChange: Formatting.change(from: Double(previous.printedScore) ?? 0, to: unit.score))
        }
    }
}

/// The evidence of one unit, ordered the worst first and cut into the lines of each trigger.
struct EvidenceIndex {
    let unit: UnitAssessment
    let mediaByID: [String: Media]
    /// The unit's findings, the worst first (sorted once for every trigger that lists findings).
    let findings: [FindingOutcome]

    init(unit: UnitAssessment) {
        self.unit = unit
        findings = unit.evidence.findings.sorted(by: Self.worstFirst)
        var media: [String: Media] = [:]
        for assessed in unit.evidence.media where media[assessed.media.id] == nil {
            media[assessed.media.id] = assessed.media
        }
        mediaByID = media
    }

    /// The section of `trigger`, with its summary sentence and lists (rules.md "Triggers").
    func section(for trigger: Trigger, number: Int, metrics m: UnitMetrics, rules: Rules, limit: Int) -> TriggerEvidence {
        var section = TriggerEvidence(number: number, code: trigger.code, name: trigger.chinese,
                                      summary: Summaries.sentence(for: trigger, metrics: m, rules: rules))
        switch trigger {
        case .error_rate:
            setFindings(findings, limit: limit, in: &section)
        case .inactivity:
            let inactive = unit.evidence.media.filter { $0.inactive }.sorted {
                ($0.silentDays, $1.media.id) > ($1.silentDays, $0.media.id)
            }
            let cut = Truncated(inactive, limit: limit)
            section.silences = cut.items.enumerated().map { index, media in
                let silence = media.longestSilence ?? media.window
                return SilenceLine(number: index + 1, media: media.media.name, mediaKind: media.media.kind.chinese,
                                   from: silence.start.chinese, to: silence.last.chinese, days: media.silentDays,
                                   posts: media.posts)
            }
            section.silencesMore = cut.more
        case .late_fixes:
            setFindings(findings.filter { $0.outcome == .late || $0.outcome == .overdue }, limit: limit, in: &section)
        case .missing_systems:
            section.systems = unit.evidence.missingSystems.enumerated().map {
                SystemLine(number: $0.offset + 1, system: $0.element.chinese)
            }
            let cut = Truncated(unit.evidence.media.filter { !$0.staffed }, limit: limit)
            section.unstaffed = mediaLines(cut.items)
            section.unstaffedMore = cut.more
        case .ineffective:
            setFindings(findings.filter { $0.outcome == .overdue }, limit: limit, in: &section)
            let cut = Truncated(unit.evidence.media.filter { !$0.monitored }, limit: limit)
            section.unmonitored = mediaLines(cut.items)
            section.unmonitoredMore = cut.more
        case .dissatisfaction:
            let complaints = unit.evidence.complaints.sorted { ($0.receivedAt, $0.id) < ($1.receivedAt, $1.id) }
            let cut = Truncated(complaints, limit: limit)
            section.complaints = cut.items.enumerated().map { index, complaint in
                ComplaintLine(number: index + 1, receivedAt: complaint.receivedAt.chinese,
                              channel: complaint.channel ?? "—",
                              media: complaint.mediaID.map { mediaByID[$0]?.name ?? $0 } ?? "—")
            }
            section.complaintsMore = cut.more
        }
        return section
    }

    private func setFindings(_ findings: [FindingOutcome], limit: Int, in section: inout TriggerEvidence) {
        let cut = Truncated(findings, limit: limit)
        section.findings = cut.items.enumerated().map { findingLine($0.element, number: $0.offset + 1) }
        section.findingsMore = cut.more
    }

    private func mediaLines(_ media: [MediaAssessment]) -> [MediaLine] {
        media.enumerated().map {
            MediaLine(number: $0.offset + 1, media: $0.element.media.name, mediaKind: $0.element.media.kind.chinese)
        }
    }

    func findingLine(_ outcome: FindingOutcome, number: Int) -> FindingLine {
        let finding = outcome.finding
        let media = mediaByID[finding.mediaID]
        let late = outcome.outcome == .late || outcome.outcome == .overdue
        return FindingLine(
            number: number, media: media?.name ?? finding.mediaID, mediaKind: media?.kind.chinese ?? "",
            detectedAt: finding.detectedAt.chinese, category: finding.category.chinese,
            severity: finding.severity.chinese, notifiedAt: finding.notifiedAt.chinese,
            limit: "\(outcome.limitMinutes)分钟", deadline: outcome.deadline.chinese,
            fixedAt: finding.fixedAt?.chinese, outcome: outcome.outcome.chinese,
            lateness: late ? Formatting.duration(seconds: outcome.secondsLate) : nil,
            description: finding.description.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// Worst first: major incidents, then serious, then overdue before late, then the longest delay,
    /// then the earliest detection; the finding id breaks ties so the order never depends on input order.
    static func worstFirst(_ a: FindingOutcome, _ b: FindingOutcome) -> Bool {
        func rank(_ o: FindingOutcome) -> (Int, Int, Int, Int64) {
            let outcome = switch o.outcome {
            case .overdue: 0
            case .late: 1
            case .pending: 2
            case .onTime: 3
            }
            return (o.isMajorIncident ? 0 : 1, o.finding.severity == .serious ? 0 : 1, outcome, -o.secondsLate)
        }
        let ra = rank(a), rb = rank(b)
        if ra != rb { return ra < rb }
        return (a.finding.detectedAt, a.finding.id) < (b.finding.detectedAt, b.finding.id)
    }
}
