/// The validated tables of one run: every accepted row, in file order, with the post and inspection
/// streams folded into `activity` (parallel to `media`: `activity[i]` belongs to `media[i]`).
public struct QuarterData: Sendable {
    public var units: [Unit]
    public var media: [Media]
    public var activity: [MediaActivity]
    public var editors: [Editor]
    public var systems: [DeclaredSystem]
    public var complaints: [Complaint]
    public var findings: [Finding]
    /// Accepted reviews of findings (reviews.md); their effect is already in `findings`.
    public var reviews: [FindingReview]

    public init(units: [Unit] = [], media: [Media] = [], activity: [MediaActivity]? = nil, editors: [Editor] = [],
                systems: [DeclaredSystem] = [], complaints: [Complaint] = [], findings: [Finding] = [], reviews: [FindingReview] = []) {
        self.units = units
        self.media = media
        self.activity = activity ?? Array(repeating: MediaActivity(), count: media.count)
        self.editors = editors
        self.systems = systems
        self.complaints = complaints
        self.findings = findings
        self.reviews = reviews
    }

    /// The same tables with `findings` in place of these.
    public func with(findings: [Finding]) -> QuarterData {
        var copy = self
        copy.findings = findings
        return copy
    }
}
