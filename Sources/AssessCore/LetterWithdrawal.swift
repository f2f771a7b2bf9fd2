/// A letter withdrawn by a rerun of its quarter (reviews.md "Effect"): the unit had a letter or a notice in the
/// quarter's previous run and now has none. Its number stays taken, marked withdrawn.
public struct LetterWithdrawal: Hashable, Sendable {
    public var unitID: String
    public var unitName: String
    public var number: LetterNumber
    /// The decision and score the withdrawn letter was issued with.
    public var before: PriorResult
    /// The unit's void reviews in this run (the reason for the withdrawal; empty when corrected data did it).
    public var reviews: [ReviewedFinding]

    public init(unitID: String, unitName: String, number: LetterNumber, before: PriorResult,
                reviews: [ReviewedFinding]) {
        self.unitID = unitID
        self.unitName = unitName
        self.number = number
        self.before = before
        self.reviews = reviews
    }

    /// The letters `assessment` withdraws, in unit_id byte order: every unit whose recorded decision `before`
    /// was a letter or notice with a number and whose decision is now none (or that is no longer assessed).
    public static func find(before: [String: PriorResult], after assessment: QuarterAssessment,
                            reviews: [ReviewedFinding], unitNames: [String: String]) -> [LetterWithdrawal] {
        let now = Dictionary(assessment.units.map { ($0.unit.id, $0) }, uniquingKeysWith: { first, _ in first })
        var withdrawals: [LetterWithdrawal] = []
        for (unitID, result) in before {
            guard result.decision != .noAction, let number = result.letterNumber else { continue }
            if let unit = now[unitID], unit.decision != .noAction { continue }
            let voids = reviews.filter { $0.unitID == unitID && $0.review.outcome == .void }
            withdrawals.append(LetterWithdrawal(unitID: unitID, unitName: now[unitID]?.unit.name ?? unitNames[unitID] ?? unitID,
                                                number: number, before: result, reviews: voids))
        }
        return withdrawals.sorted { $0.unitID.precedesInByteOrder($1.unitID) }
    }
}
