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
        year = assessment.quarter.year
        quarterNumber = assessment.quarter.number
        printer = configuration.documents.printer.isEmpty ? configuration.issuer : configuration.documents.printer
        contact = configuration.documents.contact
        issueDate = assessment.issueDate.chinese
        reportDueDate = assessment.reportDueDate.chinese
        reportWorkingDays = configuration.reportWorkingDays
        score = Formatting.fixed2(unit.score)
        ideologyDeduction = Formatting.fixed2(unit.ideologyDeduction)
        // A finding is listed once, under the first criterion that lists it; later ones refer back to it.
        var listed: [String: String] = [:]
        triggers = unit.triggers.enumerated().map { index, trigger in
            evidence.section(for: trigger, number: index + 1, metrics: unit.metrics, rules: rules, limit: itemLimit,
                             listed: &listed)
        }
        triggerNames = Formatting.list(triggers.map(\.name))
        triggerCount = unit.triggers.count
        articles = Articles.forLetter(triggers: unit.triggers)
        isNotice = unit.decision == .notice
        previous = unit.previous.map { previous in
            let repeated = unit.triggers.filter { previous.triggers.contains($0) }
            return PreviousLine(
                quarter: assessment.quarter.previous?.chinese ?? "",
                score: previous.printedScore,
                decision: previous.decision.chinese,
                triggerNames: previous.triggers.isEmpty ? "无" : Formatting.list(previous.triggers.map(TriggerWording.earlierName)),
                repeatedTriggers: repeated.isEmpty ? nil
                    : Formatting.list(repeated.map { TriggerWording.name($0, metrics: unit.metrics, rules: rules) }),
                scoreChange: Formatting.change(from: Double(previous.printedScore) ?? 0, to: unit.score),
                letterNumber: previous.letterNumber)
        }
    }
}

/// The evidence of one unit, ordered the worst first and cut into the lines of each trigger.
struct EvidenceIndex {
    let unit: UnitAssessment
    let mediaByID: [String: Media]
    /// The unit's findings in the letters' order (`FindingOutcome.letterOrder`), sorted once for every trigger
    /// that lists findings.
    let findings: [FindingOutcome]

    init(unit: UnitAssessment) {
        self.unit = unit
        findings = unit.evidence.findings.sorted(by: FindingOutcome.letterOrder)
        var media: [String: Media] = [:]
        for assessed in unit.evidence.media where media[assessed.media.id] == nil {
            media[assessed.media.id] = assessed.media
        }
        mediaByID = media
    }

    /// The section of `trigger`, with its summary sentence and lists (rules.md "Triggers").
    /// `listed` maps the findings listed by earlier sections to their section's numeral (`（一）`).
    func section(for trigger: Trigger, number: Int, metrics m: UnitMetrics, rules: Rules, limit: Int,
                 listed: inout [String: String]) -> TriggerEvidence {
        var section = TriggerEvidence(
            number: number, code: trigger.code, name: TriggerWording.name(trigger, metrics: m, rules: rules),
            summary: Summaries.sentence(for: trigger, metrics: m, rules: rules, namesSystems: false),
            article: TriggerWording.article(trigger, metrics: m))
        var groups = 0
        func nextGroup() -> String {
            groups += 1
            return Numbering.level3(groups)
        }
        switch trigger {
        case .errorRate:
            // Held by serious errors alone: the serious errors are what the letter names.
            let shown = TriggerWording.heldByRate(m, rules: rules) ? findings : findings.filter { $0.finding.severity == .serious }
            setFindings(shown, limit: limit, in: &section, listed: &listed)
        case .inactivity:
            let inactive = unit.evidence.media.filter { $0.inactive }.sorted {
                ($0.silentDays, $1.media.id) > ($1.silentDays, $0.media.id)
            }
            let cut = Truncated(inactive, limit: limit)
            section.silences = cut.items.enumerated().map { index, media in
                let silence = media.longestSilence ?? media.window
                return SilenceLine(number: index + 1, numeral: Numbering.level3(index + 1), media: media.media.name, mediaKind: media.media.kind.chinese,
                                   from: silence.start.chinese, to: silence.last.chinese, days: media.silentDays,
                                   posts: media.posts)
            }
            section.silencesMore = cut.more
        case .lateFixes:
            setFindings(findings.filter { $0.outcome.isLate }, limit: limit, in: &section, listed: &listed)
        case .missingSystems:
            section.systems = unit.evidence.missingSystems.enumerated().map {
                SystemLine(number: $0.offset + 1, numeral: Numbering.level4($0.offset + 1), system: $0.element.chinese,
                           article: TriggerWording.article(for: $0.element))
            }
            if !section.systems.isEmpty { section.systemsNumeral = nextGroup() }
            let cut = Truncated(unit.evidence.media.filter { !$0.staffed }, limit: limit)
            section.unstaffed = mediaLines(cut.items)
            section.unstaffedMore = cut.more
            if !section.unstaffed.isEmpty { section.unstaffedNumeral = nextGroup() }
        case .ineffective:
            setFindings(findings.filter { $0.outcome == .overdue }, limit: limit, in: &section, listed: &listed, level: 4)
            if !section.findings.isEmpty { section.findingsNumeral = nextGroup() }
            let cut = Truncated(unit.evidence.media.filter { !$0.monitored }, limit: limit)
            section.unmonitored = mediaLines(cut.items)
            section.unmonitoredMore = cut.more
            if !section.unmonitored.isEmpty { section.unmonitoredNumeral = nextGroup() }
        case .dissatisfaction:
            let complaints = unit.evidence.complaints.sorted { ($0.receivedAt, $0.id) < ($1.receivedAt, $1.id) }
            let cut = Truncated(complaints, limit: limit)
            section.complaints = cut.items.enumerated().map { index, complaint in
                ComplaintLine(number: index + 1, numeral: Numbering.level3(index + 1), receivedAt: complaint.receivedAt.chinese,
                              channel: complaint.channel ?? "—",
                              media: complaint.mediaID.map { mediaByID[$0]?.name ?? $0 } ?? "—")
            }
            section.complaintsMore = cut.more
        }
        return section
    }

    /// The findings at the third level (`1.`), or the fourth (`（1）`) under a heading of their own.
    private func setFindings(_ all: [FindingOutcome], limit: Int, in section: inout TriggerEvidence,
                             listed: inout [String: String], level: Int = 3) {
        let findings = all.filter { listed[$0.finding.id] == nil }
        let above = all.compactMap { listed[$0.finding.id] }
        if !above.isEmpty {
            section.findingsListedAbove = above.count
            var seen: Set<String> = []
            section.findingsListedIn = Formatting.list(above.filter { seen.insert($0).inserted })
        }
        let cut = Truncated(findings, limit: limit)
        for outcome in cut.items { listed[outcome.finding.id] = section.numeral }
        section.findings = cut.items.enumerated().map {
            findingLine($0.element, number: $0.offset + 1,
                        numeral: level == 3 ? Numbering.level3($0.offset + 1) : Numbering.level4($0.offset + 1))
        }
        section.findingsMore = cut.more
    }

    /// Media under a heading of their own: the fourth level.
    private func mediaLines(_ media: [MediaAssessment]) -> [MediaLine] {
        media.enumerated().map {
            MediaLine(number: $0.offset + 1, numeral: Numbering.level4($0.offset + 1), media: $0.element.media.name,
                      mediaKind: $0.element.media.kind.chinese)
        }
    }

    func findingLine(_ outcome: FindingOutcome, number: Int, numeral: String) -> FindingLine {
        let finding = outcome.finding
        let media = mediaByID[finding.mediaID]
        let late = outcome.outcome.isLate
        // A late fix within the deadline's minute (10:00:01 against 10:00) shows its seconds.
        let seconds = outcome.outcome == .late && finding.fixedAt?.chinese == outcome.deadline.chinese
        return FindingLine(
            number: number, numeral: numeral, media: media?.name ?? finding.mediaID, mediaKind: media?.kind.chinese ?? "",
            detectedAt: finding.detectedAt.chinese, category: finding.category.chinese,
            severity: finding.severity.chinese, notifiedAt: finding.notifiedAt.chinese,
            limit: "\(outcome.limitMinutes)分钟",
            deadline: seconds ? Formatting.withSeconds(outcome.deadline) : outcome.deadline.chinese,
            fixedAt: finding.fixedAt.map { seconds ? Formatting.withSeconds($0) : $0.chinese }, outcome: outcome.outcome.chinese,
            lateness: late ? Formatting.duration(seconds: outcome.secondsLate) : nil,
            description: finding.description.flatMap { $0.isEmpty ? nil : $0 })
    }
}
