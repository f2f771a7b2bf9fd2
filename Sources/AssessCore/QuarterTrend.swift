/// One earlier (or the current) quarter's totals, for trend charts and the summary.
public struct QuarterTrend: Hashable, Sendable {
    public var quarter: Quarter
    public var units: Int
    public var letters: Int
    public var notices: Int
    public var averageScore: Double

    public init(quarter: Quarter, units: Int, letters: Int, notices: Int, averageScore: Double) {
        self.quarter = quarter
        self.units = units
        self.letters = letters
        self.notices = notices
        self.averageScore = averageScore
    }
}
