/// Every per-unit metric of rules.md "Metrics", from the unit's assessed media, its counted findings
/// (valid, detected in the quarter, through any of its media, assessed or not) and the other rules' results.
public enum UnitMetricsRule {
    /// Is `finding` counted in `quarter`: valid, and detected in `[start, end)`?
    public static func isCounted(_ finding: Finding, in quarter: Quarter) -> Bool {
        finding.verdict == .valid && quarter.contains(finding.detectedAt)
    }

    /// `errors * 1000 / items_checked` in IEEE doubles; nil when no item was checked.
    public static func errorRatePermille(errors: Int, itemsChecked: Int) -> Double? {
        itemsChecked > 0 ? Double(errors) * 1000 / Double(itemsChecked) : nil
    }

    /// The unit's metrics.
    /// - Parameters:
    ///   - media: the unit's assessed media.
    ///   - itemsChecked: inspection items of all the unit's media (assessed or not) in the quarter.
    ///   - findings: the unit's counted findings, judged.
    ///   - missingSystems: `SystemsRule.missing`.
    ///   - complaints: counted complaints (`ComplaintRule`).
    public static func metrics(media: [MediaAssessment], itemsChecked: Int, findings: [FindingOutcome],
                               missingSystems: [SystemKind], complaints: Int) -> UnitMetrics {
        var m = UnitMetrics()
        m.mediaCount = media.count
        m.itemsChecked = itemsChecked
        for assessed in media {
            if !assessed.monitored { m.unmonitoredMedia += 1 }
            m.maxSilentDays = max(m.maxSilentDays, assessed.silentDays)
            if assessed.inactive { m.inactiveMedia += 1 }
            if !assessed.staffed { m.staffingGaps += 1 }
        }
        for outcome in findings {
            let serious = outcome.finding.severity == .serious
            m.errors += 1
            if serious { m.seriousErrors += 1 }
            if outcome.isMajorIncident { m.majorIncidents += 1 }
            switch outcome.outcome {
            case .onTime:
                m.findingsDue += 1
            case .late:
                m.findingsDue += 1
                m.lateFixes += 1
                if serious { m.lateSerious += 1 }
            case .overdue:
                m.findingsDue += 1
                m.lateFixes += 1
                m.unfixedOverdue += 1
                if serious { m.lateSerious += 1 }
            case .pending:
                break
            }
        }
        m.errorRatePermille = errorRatePermille(errors: m.errors, itemsChecked: itemsChecked)
        m.missingSystems = missingSystems
        m.complaints = complaints
        return m
    }
}
