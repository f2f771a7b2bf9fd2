/// A media's window in the quarter (rules.md "Quarter, time and scope"): the dates `[a, b)` with
/// `a = max(start date, opened_on)` and `b = min(end date, closed_on)`. The media is assessed when the
/// window is not empty.
public enum MediaWindow {
    /// The window of `media` in `quarter`; an empty window is returned as `[a, a)`.
    public static func window(of media: Media, in quarter: Quarter) -> DayRange {
        let a = max(quarter.startDay, media.openedOn ?? quarter.startDay)
        let b = min(quarter.endDay, media.closedOn ?? quarter.endDay)
        return DayRange(start: a, end: max(a, b))
    }
}
