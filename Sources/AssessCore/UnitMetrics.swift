/// The per-unit numbers of rules.md "Metrics", as printed in scores.csv.
public struct UnitMetrics: Hashable, Sendable {
    public var mediaCount = 0
    public var unmonitoredMedia = 0
    public var itemsChecked = 0
    public var errors = 0
    public var seriousErrors = 0
    /// nil when items_checked is 0 (printed empty, 0 in the deduction).
    public var errorRatePermille: Double?
    public var maxSilentDays = 0
    public var inactiveMedia = 0
    public var findingsDue = 0
    public var lateFixes = 0
    public var lateSerious = 0
    public var unfixedOverdue = 0
    public var missingSystems: [SystemKind] = []
    public var staffingGaps = 0
    public var complaints = 0
    public var majorIncidents = 0

    public init() {}
}
