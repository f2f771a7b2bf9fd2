/// One accepted review (复核) of a disputed finding (reviews.md).
public struct FindingReview: Hashable, Sendable {
    public var id: String
    public var findingID: String
    public var outcome: ReviewOutcome
    public var decidedOn: Day
    public var reviewer: String?
    public var reason: String

    public init(id: String, findingID: String, outcome: ReviewOutcome, decidedOn: Day, reviewer: String? = nil,
                reason: String) {
        self.id = id
        self.findingID = findingID
        self.outcome = outcome
        self.decidedOn = decidedOn
        self.reviewer = reviewer
        self.reason = reason
    }
}

extension FindingReview {
    /// `findings` with every finding that has a `void` review given verdict 误报: it then takes part in no rule,
    /// exactly as a finding the export marked 误报 (reviews.md "Effect"). `upheld` changes nothing.
    public static func apply(_ reviews: [FindingReview], to findings: [Finding]) -> [Finding] {
        let voided = Set(reviews.lazy.filter { $0.outcome == .void }.map(\.findingID))
        guard !voided.isEmpty else { return findings }
        return findings.map { finding in
            guard voided.contains(finding.id) else { return finding }
            var withdrawn = finding
            withdrawn.verdict = .falsePositive
            return withdrawn
        }
    }
}
