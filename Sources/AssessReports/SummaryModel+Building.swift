import AssessCore

extension SummaryModel {
    init(inputs: ReportInputs) {
        let assessment = inputs.assessment
        let units = assessment.units
        let media = units.flatMap(\.evidence.media)
        let scores = units.map(\.score)
        let average = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)

        issuer = inputs.configuration.issuer
        quarter = assessment.quarter.chinese
        quarterCode = assessment.quarter.description
        asOf = assessment.asOf.chinese
        issueDate = assessment.issueDate.chinese
        reportDueDate = assessment.reportDueDate.chinese
        unitsAssessed = units.count
        mediaAssessed = media.count
        mediaPassRate = Formatting.percent(media.filter { !$0.fails }.count, of: media.count)
        averageScore = average.map(Formatting.fixed2) ?? "—"
        highestScore = scores.max().map(Formatting.fixed2) ?? "—"
        lowestScore = scores.min().map(Formatting.fixed2) ?? "—"
        let letterCount = units.filter { $0.decision == .letter }.count
        let noticeCount = units.filter { $0.decision == .notice }.count
        letters = letterCount
        notices = noticeCount
        noAction = units.filter { $0.decision == .noAction }.count

        func row(_ label: String, _ count: Int) -> CountRow {
            CountRow(label: label, count: count, share: Formatting.percent(count, of: units.count))
        }
        // Bands compare hundredths of the printed score, as every score comparison does (rules.md "Score").
        let hundredths = scores.map(Formatting.hundredths)
        scoreBands = [
            row("90分及以上", hundredths.filter { $0 >= 9000 }.count),
            row("80–89.99分", hundredths.filter { (8000..<9000).contains($0) }.count),
            row("70–79.99分", hundredths.filter { (7000..<8000).contains($0) }.count),
            row("60–69.99分", hundredths.filter { (6000..<7000).contains($0) }.count),
            row("60分以下", hundredths.filter { $0 < 6000 }.count),
        ]
        triggers = Trigger.allCases.map { trigger in row(trigger.chinese, units.filter { $0.triggers.contains(trigger) }.count) }
        let quarterBrief = QuarterBrief(assessment, rejectedRows: inputs.rejectedRows)
        brief = BriefSection(quarterBrief)
        regions = quarterBrief.regions.map(GroupRow.init)
        supervisors = quarterBrief.supervisors.map(GroupRow.init)

        let current = TrendRow(quarter: assessment.quarter.description, units: units.count, letters: letterCount,
                               notices: noticeCount, averageScore: average.map(Formatting.fixed2) ?? "—")
        trend = inputs.trend.sorted { $0.quarter < $1.quarter }.map {
            TrendRow(quarter: $0.quarter.description, units: $0.units, letters: $0.letters, notices: $0.notices,
                     averageScore: Formatting.fixed2($0.averageScore))
        } + [current]
        previous = inputs.trend.first { $0.quarter == assessment.quarter.previous }.map { last in
            QuarterComparison(
                quarter: last.quarter.chinese, units: last.units, letters: last.letters, notices: last.notices,
                averageScore: Formatting.fixed2(last.averageScore),
                averageChange: average.map { Formatting.change(from: last.averageScore, to: $0) } ?? "—",
                lettersChange: Formatting.change(from: last.letters, to: letterCount, unit: "家"),
                noticesChange: Formatting.change(from: last.notices, to: noticeCount, unit: "家"))
        }
        warnings = assessment.warnings.map { TextLine(text: $0.chinese) }
        files = inputs.files.map {
            FileRow(table: $0.table, file: Self.fileName($0.path), format: $0.format.rawValue,
                    encoding: $0.encoding.rawValue, read: $0.read, accepted: $0.accepted, rejected: $0.rejected)
        }
        rejectedRows = inputs.rejectedRows
        let compliance = inputs.compliance
        complianceTotal = compliance.count
        complianceUnits = Set(compliance.map(\.unit.id)).count
        complianceMedia = Set(compliance.map(\.media.id)).count
        complianceChecks = ComplianceCheck.allCases.filter(inputs.configuration.compliance.isEnabled).map { check in
            let lines = compliance.filter { $0.check == check }
            return ComplianceRow(label: check.chinese, code: check.code, article: check.article, count: lines.count,
                                 units: Set(lines.map(\.unit.id)).count)
        }
        let assessed = Dictionary(units.map { ($0.unit.id, $0) }, uniquingKeysWith: { first, _ in first })
        dataIssueUnits = inputs.dataIssues.units.map { id in
            let unit = assessed[id]
            return DataIssueRow(unitID: id, name: unit?.unit.name ?? "", decision: unit?.decision.chinese ?? "未参加考核",
                                rows: inputs.dataIssues.text(for: id))
        }
        hasDataIssues = !inputs.dataIssues.isEmpty
        let unattributed = DataIssues.text(inputs.dataIssues.unattributed)
        dataIssuesUnattributed = unattributed.isEmpty ? [] : [TextLine(text: unattributed)]
        hasReviews = !inputs.reviews.isEmpty || !inputs.withdrawals.isEmpty
        reviewRows = inputs.reviews.map {
            ReviewRow(reviewID: $0.review.id, findingID: $0.review.findingID, unitID: $0.unitID, mediaID: $0.mediaID,
                      outcome: $0.review.outcome.chinese, reason: PhoneMask.maskAll(in: $0.review.reason))
        }
        withdrawnLetters = inputs.withdrawals.map {
            WithdrawnRow(letterNo: $0.number.description, unitID: $0.unitID, name: $0.unitName,
                         decisionBefore: $0.before.decision.chinese, scoreBefore: $0.before.printedScore,
                         reviews: $0.reviews.isEmpty ? "—" : Formatting.list($0.reviews.map(\.review.id)))
        }
        decisionChanges = hasReviews ? Self.decisionChanges(units, before: inputs.before) : []
    }

    /// Every assessed unit whose decision differs from `before` (unit_id order, as assessed).
    static func decisionChanges(_ units: [UnitAssessment], before: [String: PriorResult]?) -> [DecisionChangeRow] {
        guard let before else { return [] }
        return units.compactMap { unit in
            guard let old = before[unit.unit.id], old.decision != unit.decision else { return nil }
            return DecisionChangeRow(unitID: unit.unit.id, name: unit.unit.name, scoreBefore: old.printedScore,
                                     decisionBefore: old.decision.chinese, scoreAfter: FixedPoint.format(unit.score),
                                     decisionAfter: unit.decision.chinese,
                                     letterNo: (unit.letterNumber ?? old.letterNumber)?.description ?? "—")
        }
    }

    /// The last path component, so no local directory layout leaks into the summary.
    static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }
}
