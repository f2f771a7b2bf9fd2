/// The units of one region or one supervisor over the year (year.md 分地区, 分主管单位).
public struct YearGroup: Hashable, Sendable {
    public var name: String
    public var units: Int
    /// Quarter decisions of the group's units: letters and notices over the year.
    public var letters: Int
    public var notices: Int
    /// The sum of the units' annual deductions, in hundredths.
    public var totalDeduction: Int
    /// The mean printed score of the group's units with a result in Q1…Q4 (index 0…3); nil when none.
    public var averageScores: [Double?]

    public init(name: String, units: Int, letters: Int, notices: Int, totalDeduction: Int, averageScores: [Double?]) {
        self.name = name
        self.units = units
        self.letters = letters
        self.notices = notices
        self.totalDeduction = totalDeduction
        self.averageScores = averageScores
    }
}
