/// `duplicate_platform` (Art. 10; the national opinion: in principle one account per unit per platform):
/// a unit with more than one account active during the quarter on the same platform.
///
/// A platform is a `MediaKind`. Websites are excluded (a unit may run several sites), and so is 其他
/// (`other`): two 其他 accounts may well be on different platforms. Every account of a duplicated
/// platform gets a line naming the others.
public enum DuplicatePlatformCheck {
    /// The findings among `media`, the media of one unit.
    public static func findings(_ media: [ComplianceSubject], quarter: Quarter) -> [ComplianceFinding] {
        let candidates = media.filter { $0.isActive && $0.media.kind != .website && $0.media.kind != .other }
        let byKind = Dictionary(grouping: candidates, by: \.media.kind)
        var out: [ComplianceFinding] = []
        for subject in candidates {
            let same = byKind[subject.media.kind] ?? []
            guard same.count > 1 else { continue }
            let others = same.filter { $0.media.id != subject.media.id }.map { "“\($0.media.name)”" }
            let detail = "本单位在\(subject.media.kind.chinese)平台本季度有\(same.count)个账号同时运行"
                + "（另有\(others.joined(separator: "、"))）；依据《管理办法》第十条，同一单位在同一平台原则上"
                + "只开设一个账号，请评估整合或按程序关停。"
            out.append(ComplianceFinding(quarter: quarter, unit: subject.unit, media: subject.media,
                                         check: .duplicatePlatform, detail: detail))
        }
        return out
    }
}
