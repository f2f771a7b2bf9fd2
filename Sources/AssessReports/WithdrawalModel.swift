import AssessCore

/// What `withdrawal.md.mustache` can use: the short letter that withdraws a unit's letter after a review
/// (reviews.md, `关于撤销《…》（{letter_no}）的函`).
public struct WithdrawalModel: Sendable, Equatable {
    public var issuer: String
    public var quarter: String
    public var quarterCode: String
    public var unitID: String
    public var unitName: String
    /// The withdrawn letter's number (`昆网信函〔2026〕7号`).
    public var letterNo: String
    /// The withdrawn document's title (`工作整改函`; 通报 when the unit had been named in the notice).
    public var withdrawnTitle: String
    public var scoreBefore: String
    public var scoreAfter: String
    /// The run's issue date, or the latest of the reviews' dates when that is later.
    public var issueDate: String
    /// The reviews that voided the unit's findings; empty when corrected data withdrew the letter.
    public var reviews: [WithdrawnFinding]
    public var hasReviews: Bool
    /// The unit's supervisor, copied in (抄送) as on the letter it withdraws; empty when the unit is unknown.
    public var supervisor: String
    /// The 印发机关 of the 版记 (documents.md).
    public var printer: String

    public init(_ withdrawal: LetterWithdrawal, scoreAfter: String, inputs: ReportInputs) {
        issuer = inputs.configuration.issuer
        quarter = inputs.assessment.quarter.chinese
        quarterCode = inputs.assessment.quarter.description
        unitID = withdrawal.unitID
        unitName = withdrawal.unitName
        letterNo = withdrawal.number.description
        withdrawnTitle = withdrawal.before.decision == .notice ? "工作整改函（通报）" : "工作整改函"
        scoreBefore = withdrawal.before.printedScore
        self.scoreAfter = scoreAfter
        // Never dated before the reviews it rests on (the quarter's letters went out earlier).
        let decided = withdrawal.reviews.map(\.review.decidedOn).max()
        issueDate = max(inputs.assessment.issueDate, decided ?? inputs.assessment.issueDate).chinese
        reviews = withdrawal.reviews.map(WithdrawnFinding.init)
        hasReviews = !reviews.isEmpty
        supervisor = inputs.assessment.units.first { $0.unit.id == withdrawal.unitID }?.supervisor ?? ""
        let documents = inputs.configuration.documents
        printer = documents.printer.isEmpty ? inputs.configuration.issuer : documents.printer
    }
}

/// One reviewed finding named in a withdrawal letter.
public struct WithdrawnFinding: Sendable, Equatable {
    public var reviewID: String
    public var findingID: String
    public var mediaID: String
    public var outcome: String
    public var decidedOn: String
    public var reviewer: String
    public var reason: String

    init(_ reviewed: ReviewedFinding) {
        reviewID = reviewed.review.id
        findingID = reviewed.review.findingID
        mediaID = reviewed.mediaID
        outcome = reviewed.review.outcome.chinese
        decidedOn = reviewed.review.decidedOn.description
        reviewer = PhoneMask.maskAll(in: reviewed.review.reviewer ?? "")
        reason = PhoneMask.maskAll(in: reviewed.review.reason)
    }
}
