/// An accepted review with the unit and media of the finding it reviews (for the ledger, the 复核记录 sheet and
/// the withdrawal letters).
public struct ReviewedFinding: Hashable, Sendable {
    public var review: FindingReview
    public var unitID: String
    public var mediaID: String

    public init(review: FindingReview, unitID: String, mediaID: String) {
        self.review = review
        self.unitID = unitID
        self.mediaID = mediaID
    }

    /// `data.reviews` in `review_id` byte order (outputs do not depend on row order), each with its finding's media
    /// and that media's unit.
    public static func of(_ data: QuarterData) -> [ReviewedFinding] {
        guard !data.reviews.isEmpty else { return [] }
        let reviewed = Set(data.reviews.map(\.findingID))
        var mediaOfFinding: [String: String] = [:]
        for finding in data.findings where reviewed.contains(finding.id) { mediaOfFinding[finding.id] = finding.mediaID }
        var unitOfMedia: [String: String] = [:]
        for media in data.media { unitOfMedia[media.id] = media.unitID }
        return data.reviews.sorted { $0.id.precedesInByteOrder($1.id) }.map { review in
            let mediaID = mediaOfFinding[review.findingID] ?? ""
            return ReviewedFinding(review: review, unitID: unitOfMedia[mediaID] ?? "", mediaID: mediaID)
        }
    }
}
