/// `registry_stale` (Art. 9: every opening, change and closing is registered): the data contradicts the
/// registry, so the registry was not updated.
///
/// - The media has a `closed_on` (suspended, closed, or a planned closure of an active media), yet it has
///   a post or a valid finding on or after `closed_on`. `closed_on` is the first day the media is closed
///   (its window is `[a, closed_on)`), so a post **on** `closed_on` itself is after the closure; a last post
///   the day before is not.
/// - Its first post in the data (any quarter of the posts file) is before its `opened_on`.
///
/// Every media of the registry is checked, assessed or not (a closed media usually is not). One line per
/// media, giving every contradiction found.
public enum RegistryStaleCheck {
    /// The finding for one media, if any. `findings` are the media's findings (any verdict, any quarter).
    public static func finding(_ subject: ComplianceSubject, findings: [Finding], quarter: Quarter)
        -> ComplianceFinding? {
        let media = subject.media
        var problems: [String] = []
        if let closed = media.closedOn {
            let registered = media.status == .active
                ? "备案登记的计划关停日期为\(closed)"
                : "备案登记为“\(media.status.chinese)”（关停日期\(closed)）"
            var after: [String] = []
            if let last = subject.activity.lastPost, last.day >= closed {
                after.append("仍有发布（最后一条\(last)）")
            }
            let late = findings.filter { $0.verdict == .valid && $0.detectedAt.day >= closed }
            if let latest = late.map(\.detectedAt).max() {
                after.append("仍有\(late.count)个有效巡查问题（最晚发现于\(latest)）")
            }
            if !after.isEmpty { problems.append("\(registered)，但当日及以后" + after.joined(separator: "，")) }
        }
        if let opened = media.openedOn, let first = subject.activity.firstPost, first.day < opened {
            problems.append("备案登记的开设日期为\(opened)，但\(first)已有发布")
        }
        guard !problems.isEmpty else { return nil }
        return ComplianceFinding(
            quarter: quarter, unit: subject.unit, media: media, check: .registryStale,
            detail: problems.joined(separator: "；") + "；依据《管理办法》第九条，开设、变更、关停均应及时备案，"
                + "请核实并更新备案登记。")
    }
}
