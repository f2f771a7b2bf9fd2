/// `low_activity` and `silent_all_quarter` (Art. 10: low-use accounts are consolidated or closed):
/// consolidation or closure candidates among the media active during the quarter (websites included).
///
/// - `silent_all_quarter`: not one post on any date of the media's window.
/// - `low_activity`: otherwise, fewer posts in the quarter than the minimum (`ComplianceRules.minPosts`,
///   default 12, about one a week). For a window shorter than the quarter (opened or closed during it) the
///   minimum is pro-rated and rounded up: `ceil(minPosts × window days ÷ quarter days)`; a whole-quarter
///   window needs exactly `minPosts` (11 posts is low, 12 is not).
public enum LowActivityCheck {
    /// The posts `subject` needs in `quarter` not to be low-activity.
    public static func requiredPosts(window: DayRange, quarter: Quarter, minPosts: Int) -> Int {
        let quarterDays = max(1, DayRange(start: quarter.startDay, end: quarter.endDay).count)
        let days = min(window.count, quarterDays)
        return (max(0, minPosts) * days + quarterDays - 1) / quarterDays
    }

    /// The finding for one media, if any, for the checks `rules` switches on. With `silent_all_quarter` off,
    /// a media without any post is judged by `low_activity` (0 posts).
    public static func finding(_ subject: ComplianceSubject, quarter: Quarter, rules: ComplianceRules)
        -> ComplianceFinding? {
        guard subject.isActive, rules.lowActivity || rules.silentAllQuarter else { return nil }
        let minPosts = rules.minPosts
        let window = subject.window
        let postDays = (0..<window.count).filter {
            subject.activity.posted(on: window.start.adding(days: $0), in: quarter)
        }.count
        if postDays == 0, rules.silentAllQuarter {
            return ComplianceFinding(
                quarter: quarter, unit: subject.unit, media: subject.media, check: .silentAllQuarter,
                detail: "考核期\(window)（\(window.count)天）内没有发布任何信息；依据《管理办法》第十条，"
                    + "长期不更新、无力维护的网站及新媒体应整合或按程序关停，请核实后整改或办理关停备案。")
        }
        let required = requiredPosts(window: window, quarter: quarter, minPosts: minPosts)
        let posts = subject.activity.postsInQuarter
        guard rules.lowActivity, posts < required else { return nil }
        let basis = window.count < DayRange(start: quarter.startDay, end: quarter.endDay).count
            ? "考核期\(window)共\(window.count)天，按每季度\(minPosts)条折算应不少于\(required)条"
            : "每季度应不少于\(required)条"
        return ComplianceFinding(
            quarter: quarter, unit: subject.unit, media: subject.media, check: .lowActivity,
            detail: "本季度发布\(posts)条，少于最低要求（\(basis)）；依据《管理办法》第十条，"
                + "使用率低的网站及新媒体应整合或按程序关停，请评估是否保留。")
    }
}
