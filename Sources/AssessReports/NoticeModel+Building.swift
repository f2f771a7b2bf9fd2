import AssessCore

extension NoticeModel {
    init(inputs: ReportInputs) {
        let assessment = inputs.assessment
        let configuration = inputs.configuration
        let units = assessment.units
        let media = units.flatMap(\.evidence.media)
        let failing = media.filter(\.fails).count

        issuer = configuration.issuer
        city = configuration.city
        quarter = assessment.quarter.chinese
        quarterCode = assessment.quarter.description
        year = assessment.quarter.year
        quarterNumber = assessment.quarter.number
        noticeNumber = assessment.noticeNumber?.description ?? ""
        copyTo = configuration.documents.noticeCopyTo.joined(separator: "，")
        printer = configuration.documents.printer.isEmpty ? configuration.issuer : configuration.documents.printer
        contact = configuration.documents.contact
        previousQuarter = assessment.quarter.previous?.chinese ?? ""
        issueDate = assessment.issueDate.chinese
        replyDueDate = assessment.reportDueDate.chinese
        reportWorkingDays = configuration.reportWorkingDays
        unitsAssessed = units.count
        mediaAssessed = media.count
        mediaFailed = failing
        mediaPassed = media.count - failing
        mediaPassRate = Formatting.percent(media.count - failing, of: media.count)
        averageScore = units.isEmpty ? "—" : Formatting.fixed2(units.map(\.score).reduce(0, +) / Double(units.count))
        letters = units.filter { $0.decision == .letter }.count
        notices = units.filter { $0.decision == .notice }.count
        let followed = units.filter { [.letter, .notice].contains($0.previous?.decision) }
        followedUp = followed.count
        notImproved = followed.filter { $0.decision == .notice }.count
        improved = followed.count - notImproved

        let earlier = assessment.quarter.previous?.chinese ?? ""
        self.units = units.filter { $0.decision == .notice }.enumerated().map { index, unit in
            let rules = configuration.rules(for: unit.unit.category)
            let serious = NoticeModel.seriousErrors(of: unit)
            return NamedUnit(
                number: index + 1, numeral: Numbering.level2(index + 1), name: unit.unit.name,
                category: unit.unit.category.chinese,
                region: unit.unit.region, supervisor: unit.supervisor, score: Formatting.fixed2(unit.score),
                previousScore: unit.previous?.printedScore ?? "—", letterNumber: unit.letterNumber?.description ?? "",
                earlierQuarter: earlier, earlierLetterNumber: unit.previous?.letterNumber,
                earlierDecision: unit.previous?.decision.chinese ?? "",
                problemNames: Formatting.list(unit.triggers.map { TriggerWording.name($0, metrics: unit.metrics, rules: rules) }),
                problems: unit.triggers.enumerated().map { offset, trigger in
                    ProblemLine(numeral: Numbering.level3(offset + 1),
                                name: TriggerWording.name(trigger, metrics: unit.metrics, rules: rules),
                                summary: Summaries.sentence(for: trigger, metrics: unit.metrics, rules: rules, serious: serious),
                                article: TriggerWording.article(trigger, metrics: unit.metrics))
                })
        }
        var rows: [FailingMediaRow] = []
        for unit in units {
            for assessed in unit.evidence.media.sorted(by: { $0.media.id.utf8.lexicographicallyPrecedes($1.media.id.utf8) })
            where assessed.fails {
                var reasons: [String] = []
                if assessed.inactive { reasons.append("连续\(assessed.silentDays)天未更新") }
                if assessed.majorIncidents > 0 { reasons.append("重大问题\(assessed.majorIncidents)个") }
                rows.append(FailingMediaRow(number: rows.count + 1, unit: unit.unit.name, media: assessed.media.name,
                                            mediaKind: assessed.media.kind.chinese, reason: reasons.joined(separator: "；")))
            }
        }
        failingMedia = rows
        articles = [Articles.art15, Articles.art19, Articles.art20]
    }

    /// The unit's serious errors as the notice names them (`某网站的表述错误`), the worst first, at most five.
    static func seriousErrors(of unit: UnitAssessment) -> [String] {
        let index = EvidenceIndex(unit: unit)
        return index.findings.filter { $0.finding.severity == .serious }.prefix(5).map { outcome in
            let media = index.mediaByID[outcome.finding.mediaID]?.name ?? outcome.finding.mediaID
            return "\(media)的\(outcome.finding.category.chinese)"
        }
    }
}
