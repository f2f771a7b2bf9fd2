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

        self.units = units.filter { $0.decision == .notice }.enumerated().map { index, unit in
            let rules = configuration.rules(for: unit.unit.category)
            return NamedUnit(
                number: index + 1, name: unit.unit.name, category: unit.unit.category.chinese,
                region: unit.unit.region, supervisor: unit.supervisor, score: Formatting.fixed2(unit.score),
                previousScore: unit.previous?.printedScore ?? "—", letterNumber: unit.letterNumber?.description ?? "",
                problemNames: Formatting.list(unit.triggers.map(\.chinese)),
                problems: unit.triggers.map {
                    ProblemLine(name: $0.chinese, summary: Summaries.sentence(for: $0, metrics: unit.metrics, rules: rules))
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
}
