/// One media as the compliance checks see it: its registry row, what the post and inspection streams
/// say about it, and its window in the quarter (empty when it is not assessed).
public struct ComplianceSubject: Hashable, Sendable {
    public var unit: Unit
    public var media: Media
    public var activity: MediaActivity
    public var window: DayRange

    public init(unit: Unit, media: Media, activity: MediaActivity, window: DayRange) {
        self.unit = unit
        self.media = media
        self.activity = activity
        self.window = window
    }

    /// Active during the quarter: its window is not empty (rules.md "assessed").
    public var isActive: Bool { !window.isEmpty }

    /// `昆明教育发布（微信）`.
    var label: String { "“\(media.name)”（\(media.kind.chinese)）" }
}
