/// One unit's year (year.md): its four quarters side by side and the year's Art. 20 deduction.
public struct UnitYear: Hashable, Sendable {
    public var unitID: String
    /// Name, category, region and supervisor as recorded in the unit's latest quarter of the year.
    public var unitName: String
    public var category: String
    public var region: String
    public var supervisor: String
    /// The unit's result in Q1…Q4 (index 0…3); nil when it has none that quarter or the quarter is missing.
    public var quarters: [RecordedResult?]
    /// The sum of the quarters' printed deductions, in hundredths.
    public var deductionSum: Int
    /// `deductionSum`, capped by the annual cap when one is configured, in hundredths.
    public var annualDeduction: Int
    /// The annual cap that applied (in hundredths), nil when none is configured.
    public var annualCap: Int?

    public init(unitID: String, unitName: String, category: String, region: String, supervisor: String,
                quarters: [RecordedResult?], deductionSum: Int, annualDeduction: Int, annualCap: Int?) {
        self.unitID = unitID
        self.unitName = unitName
        self.category = category
        self.region = region
        self.supervisor = supervisor
        self.quarters = quarters
        self.deductionSum = deductionSum
        self.annualDeduction = annualDeduction
        self.annualCap = annualCap
    }

    /// Quarters that ended in a letter.
    public var letters: Int { quarters.filter { $0?.decision == .letter }.count }
    /// Quarters that ended in a notice.
    public var notices: Int { quarters.filter { $0?.decision == .notice }.count }
    /// The sum was cut by the annual cap.
    public var isCapped: Bool { annualDeduction < deductionSum }
    /// The results the unit has, in quarter order.
    public var results: [RecordedResult] { quarters.compactMap { $0 } }
}
