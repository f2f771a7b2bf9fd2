/// The six criteria of Art. 19 (rules.md "Triggers"), thresholds from `Rules.thresholds`.
public enum TriggerRule {
    /// The triggers that hold for `metrics`, in rulebook order.
    public static func triggers(_ metrics: UnitMetrics, thresholds t: Thresholds) -> [Trigger] {
        Trigger.allCases.filter { holds($0, metrics, t) }
    }

    /// Does `trigger` hold?
    public static func holds(_ trigger: Trigger, _ m: UnitMetrics, _ t: Thresholds) -> Bool {
        switch trigger {
        case .errorRate:
            // 错误率高: (items_checked > 0 and rate >= threshold) or serious errors.
            (m.itemsChecked > 0 && (m.errorRatePermille ?? 0) >= t.errorRatePermille)
                || m.seriousErrors >= t.seriousErrors
        case .inactivity:
            m.inactiveMedia >= t.inactiveMedia
        case .lateFixes:
            m.lateSerious >= t.lateSerious || m.lateFixes >= t.lateFixes
        case .missingSystems:
            m.missingSystems.count >= t.missingSystems || m.staffingGaps >= t.staffingGaps
        case .ineffective:
            m.unfixedOverdue >= t.unfixedOverdue || m.unmonitoredMedia >= t.unmonitoredMedia
        case .dissatisfaction:
            m.complaints >= t.complaints
        }
    }
}
