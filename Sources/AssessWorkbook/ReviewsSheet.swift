import AssessCore

/// The workbook sheet 复核记录 (reviews.md): every accepted review with its finding, unit, media, outcome and
/// reason, and the unit's score and decision before (the quarter's previous run in the ledger) and after.
public enum ReviewsSheet {
    public static let name = "复核记录"

    public static let headers = ["复核编号", "问题编号", "单位编号", "单位名称", "媒体编码", "复核结论", "复核日期", "复核人",
                                 "复核理由", "复核前得分", "复核前决定", "复核后得分", "复核后决定", "撤销函号"]

    /// - Parameters:
    ///   - before: the quarter's results as the ledger recorded them before this run; nil when the quarter was
    ///     never run (the before columns are then empty).
    ///   - withdrawals: the letters this run withdraws (their numbers are shown on the units' rows).
    public static func table(_ reviews: [ReviewedFinding], before: [String: PriorResult]?,
                             assessment: QuarterAssessment, withdrawals: [LetterWithdrawal]) -> SheetTable {
        var after: [String: UnitAssessment] = [:]
        for unit in assessment.units { after[unit.unit.id] = unit }
        var withdrawn: [String: LetterWithdrawal] = [:]
        for withdrawal in withdrawals { withdrawn[withdrawal.unitID] = withdrawal }
        let rows = reviews.map { reviewed -> [SheetCell] in
            let review = reviewed.review
            let old = before?[reviewed.unitID]
            let now = after[reviewed.unitID]
            return [
                .text(review.id), .text(review.findingID), .text(reviewed.unitID),
                now.map { .text($0.unit.name) } ?? withdrawn[reviewed.unitID].map { .text($0.unitName) } ?? .empty,
                .text(reviewed.mediaID), .text(review.outcome.chinese), .date(review.decidedOn),
                review.reviewer.map { .text(PhoneMask.maskAll(in: $0)) } ?? .empty, .text(PhoneMask.maskAll(in: review.reason)),
                old.map { .text($0.printedScore) } ?? .empty, old.map { .text($0.decision.chinese) } ?? .empty,
                now.map { .text(FixedPoint.format($0.score)) } ?? .empty, now.map { .text($0.decision.chinese) } ?? .empty,
                withdrawn[reviewed.unitID].map { .text($0.number.description) } ?? .empty,
            ]
        }
        return SheetTable(name: name, headers: headers, rows: rows)
    }
}
