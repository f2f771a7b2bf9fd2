/// What the post and inspection streams say about one media, folded row by row so that no post or
/// inspection row is kept (memory grows with media, not with rows).
public struct MediaActivity: Hashable, Sendable {
    // MARK: - Posts (发布记录)
    /// Posts published inside the quarter.
    public private(set) var postsInQuarter = 0
    /// Dates inside the quarter with at least one post.
    public private(set) var postDays = QuarterDaySet()
    /// Earliest and latest post in the whole file (any quarter), for registry checks.
    public private(set) var firstPost: LocalDateTime?
    public private(set) var lastPost: LocalDateTime?

    // MARK: - Inspections (巡查记录)
    /// Sum of `items_checked` of rows dated inside the quarter.
    public private(set) var itemsChecked = 0
    /// Some inspection row dated inside the quarter has `items_checked > 0`.
    public private(set) var monitored = false

    public init() {}

    /// Folds one post. `quarter` nil (validation without a quarter) only tracks first/last.
    public mutating func addPost(at moment: LocalDateTime, quarter: Quarter?) {
        if firstPost.map({ moment < $0 }) ?? true { firstPost = moment }
        if lastPost.map({ moment > $0 }) ?? true { lastPost = moment }
        guard let quarter, quarter.contains(moment) else { return }
        postsInQuarter += 1
        postDays.insert(moment.day.ordinal - quarter.startDay.ordinal)
    }

    /// Folds one inspection row (several rows for one media and date add up).
    public mutating func addInspection(on day: Day, items: Int, quarter: Quarter?) {
        guard let quarter, quarter.contains(day) else { return }
        itemsChecked += items
        if items > 0 { monitored = true }
    }

    /// Combines the folds of two parts of the same streams (for reading in parallel).
    public mutating func merge(_ other: MediaActivity) {
        postsInQuarter += other.postsInQuarter
        postDays.formUnion(other.postDays)
        if let f = other.firstPost, firstPost.map({ f < $0 }) ?? true { firstPost = f }
        if let l = other.lastPost, lastPost.map({ l > $0 }) ?? true { lastPost = l }
        itemsChecked += other.itemsChecked
        monitored = monitored || other.monitored
    }

    /// Did the media post on `day` (a day inside `quarter`)?
    public func posted(on day: Day, in quarter: Quarter) -> Bool {
        postDays.contains(day.ordinal - quarter.startDay.ordinal)
    }
}

/// A set of day offsets 0..<128 from a quarter's first day (a quarter has at most 92 days).
public struct QuarterDaySet: Hashable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    public init() {}

    public mutating func insert(_ offset: Int) {
        guard (0..<128).contains(offset) else { return }
        if offset < 64 { low |= 1 << UInt64(offset) } else { high |= 1 << UInt64(offset - 64) }
    }

    public func contains(_ offset: Int) -> Bool {
        guard (0..<128).contains(offset) else { return false }
        return offset < 64 ? low & (1 << UInt64(offset)) != 0 : high & (1 << UInt64(offset - 64)) != 0
    }

    public mutating func formUnion(_ other: QuarterDaySet) {
        low |= other.low
        high |= other.high
    }

    public var count: Int { low.nonzeroBitCount + high.nonzeroBitCount }
}
