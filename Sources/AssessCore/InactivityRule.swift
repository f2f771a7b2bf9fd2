/// Art. 19 "长期不发布" (rules.md "Inactivity"): a media's longest run of window dates without a post.
///
/// The whole window counts as silent when the media has no post in it. A media is inactive when its
/// silence is at least `Rules.inactivityDays` (default 14, the national check's two weeks).
public enum InactivityRule {
    /// The silence of one media in its window.
    public struct Silence: Hashable, Sendable {
        /// Longest run of consecutive window dates without a post.
        public var days: Int
        /// Where that run lies (the earliest such run on a tie); nil when `days` is 0.
        public var range: DayRange?
        /// Dates of the window with at least one post.
        public var postDays: Int
        public var inactive: Bool
    }

    /// Measures the silence of a media with `activity` over `window` (a part of `quarter`).
    public static func silence(window: DayRange, activity: MediaActivity, quarter: Quarter,
                               inactivityDays: Int) -> Silence {
        var longest = 0
        var longestStart = window.start
        var runStart = window.start
        var run = 0
        var postDays = 0
        var day = window.start
        while day < window.end {
            if activity.posted(on: day, in: quarter) {
                postDays += 1
                run = 0
            } else {
                if run == 0 { runStart = day }
                run += 1
                if run > longest {
                    longest = run
                    longestStart = runStart
                }
            }
            day = day.adding(days: 1)
        }
        let range = longest > 0 ? DayRange(start: longestStart, end: longestStart.adding(days: longest)) : nil
        return Silence(days: longest, range: range, postDays: postDays, inactive: longest >= inactivityDays)
    }
}
