/// What `year.md.mustache` can use: the year on one page for the office's leadership (year.md).
public struct YearModel: Sendable, Equatable {
    public var issuer: String
    public var city: String
    /// `2026年度`, `2026`.
    public var year: String
    public var yearCode: String
    /// True when some quarter of the year is missing (`--partial`).
    public var partial: Bool
    /// `2026年第2季度、2026年第4季度`, empty when none.
    public var missingQuarters: String
    /// The sentence every partial output carries, and its short form for titles; empty when none is missing.
    public var missingNote: String
    public var missingTitle: String
    /// Units with a result in any quarter of the year.
    public var units: Int
    /// Quarter decisions over the year.
    public var letters: Int
    public var notices: Int
    /// Units whose annual deduction is above zero, and the sum of all annual deductions (`12.00`).
    public var unitsWithDeduction: Int
    public var totalDeduction: String
    /// `10.00 分`, or `未设置`.
    public var annualCap: String
    /// Units whose sum was cut by the annual cap.
    public var cappedUnits: Int
    /// Every quarter of the year, with its figures (a missing one marked).
    public var quarters: [YearQuarterLine]
    /// The units with the largest annual deductions (at most `limit`), largest first.
    public var largestDeductions: [DeductionLine]
    /// Units with a deduction not listed above, nil when none.
    public var largestDeductionsMore: Int?
    /// Units named in a notice in two or more quarters (at most `limit`: most notices first, then the largest
    /// annual deduction).
    public var repeatedNotices: [RepeatedLine]
    /// Units named repeatedly not listed above, nil when none.
    public var repeatedNoticesMore: Int?
    public var regions: [YearGroupLine]
}

/// One quarter of the year in the summary.
public struct YearQuarterLine: Sendable, Equatable {
    /// `2026年第1季度`.
    public var quarter: String
    public var missing: Bool
    public var units: Int
    public var averageScore: String
    public var letters: Int
    public var notices: Int
}

/// One unit among the largest annual deductions.
public struct DeductionLine: Sendable, Equatable {
    public var number: Int
    public var unitID: String
    public var unitName: String
    public var region: String
    public var supervisor: String
    /// `12.00`; `deductionSum` is the uncapped sum, shown when the cap cut it (else empty).
    public var deduction: String
    public var cappedFrom: String?
    /// `第1季度 3.00、第3季度 1.00`.
    public var quarters: String
    public var letters: Int
    public var notices: Int
}

/// One unit named repeatedly.
public struct RepeatedLine: Sendable, Equatable {
    public var number: Int
    public var unitID: String
    public var unitName: String
    public var supervisor: String
    public var notices: Int
    /// `2026年第1季度、2026年第3季度`.
    public var quarters: String
    public var deduction: String
}

/// One region over the year.
public struct YearGroupLine: Sendable, Equatable {
    public var name: String
    public var units: Int
    public var letters: Int
    public var notices: Int
    public var totalDeduction: String
}
