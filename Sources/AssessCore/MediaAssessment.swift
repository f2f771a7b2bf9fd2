/// One assessed media in the quarter, with the evidence behind its inactivity and staffing.
public struct MediaAssessment: Hashable, Sendable {
    public var media: Media
    /// Its window in the quarter (never empty for an assessed media).
    public var window: DayRange
    /// Posts inside the quarter, and dates of the window with at least one post.
    public var posts: Int
    public var postDays: Int
    /// Longest run of window dates without a post, and where it lies (nil when 0).
    public var silentDays: Int
    public var longestSilence: DayRange?
    public var inactive: Bool
    /// Inspection items checked on this media inside the quarter.
    public var itemsChecked: Int
    /// Some inspection row inside the quarter has items_checked > 0.
    public var monitored: Bool
    /// A 主要编辑 on staff covers it.
    public var staffed: Bool
    /// Counted findings that are major incidents.
    public var majorIncidents: Int

    public init(media: Media, window: DayRange, posts: Int, postDays: Int, silentDays: Int, longestSilence: DayRange?,
                inactive: Bool, itemsChecked: Int, monitored: Bool, staffed: Bool, majorIncidents: Int) {
        self.media = media
        self.window = window
        self.posts = posts
        self.postDays = postDays
        self.silentDays = silentDays
        self.longestSilence = longestSilence
        self.inactive = inactive
        self.itemsChecked = itemsChecked
        self.monitored = monitored
        self.staffed = staffed
        self.majorIncidents = majorIncidents
    }

    /// A media fails the quarter when it is inactive or has a major incident (outputs.md 总览).
    public var fails: Bool { inactive || majorIncidents > 0 }
}
