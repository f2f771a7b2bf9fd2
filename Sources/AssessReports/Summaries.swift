import AssessCore

/// The one-sentence explanation of each Art. 19 criterion, with the unit's numbers (rules.md "Triggers").
enum Summaries {
    static func sentence(for trigger: Trigger, metrics m: UnitMetrics, rules: Rules) -> String {
        switch trigger {
        case .error_rate:
            let serious = m.seriousErrors > 0 ? "，其中严重问题\(m.seriousErrors)个" : ""
            guard let rate = m.errorRatePermille, m.itemsChecked > 0 else {
                return "本季度日常巡查发现有效问题\(m.errors)个\(serious)。"
            }
            return "本季度日常巡查检查信息\(m.itemsChecked)条，发现有效问题\(m.errors)个，错误率\(Formatting.fixed2(rate))‰"
                + "（标准为低于\(Formatting.fixed2(rules.thresholds.errorRatePermille))‰）\(serious)。"
        case .inactivity:
            return "本季度有\(m.inactiveMedia)个网站或新媒体账号连续\(rules.inactivityDays)天以上未更新，"
                + "最长连续\(m.maxSilentDays)天未更新。"
        case .late_fixes:
            let serious = m.lateSerious > 0 ? "，其中严重问题\(m.lateSerious)个" : ""
            return "本季度应在时限内整改的问题\(m.findingsDue)个，未按时限整改\(m.lateFixes)个\(serious)。"
        case .missing_systems:
            var parts: [String] = []
            if !m.missingSystems.isEmpty {
                parts.append("缺少\(m.missingSystems.count)项制度（\(Formatting.list(m.missingSystems.map(\.chinese)))）")
            }
            if m.staffingGaps > 0 {
                parts.append("\(m.staffingGaps)个网站或新媒体账号未配备在编在岗的主要编辑")
            }
            return "你单位" + parts.joined(separator: "，") + "。"
        case .ineffective:
            var parts: [String] = []
            if m.unfixedOverdue > 0 { parts.append("超过整改时限仍未整改的问题\(m.unfixedOverdue)个") }
            if m.unmonitoredMedia > 0 { parts.append("未接入日常巡查的网站或新媒体账号\(m.unmonitoredMedia)个") }
            return "本季度" + parts.joined(separator: "，") + "。"
        case .dissatisfaction:
            return "本季度经核实的群众投诉\(m.complaints)件（达到\(rules.thresholds.complaints)件即列入）。"
        }
    }
}

/// The articles of the measures a letter or notice cites.
enum Articles {
    static let art12 = ArticleLine(article: "第十二条", text: "建立健全信息内容三审机制，主要编辑人员应为本单位在编在岗人员。")
    static let art14 = ArticleLine(article: "第十四条", text: "建立24小时应急响应制度，做好监测和应急处置工作。")
    static let art15 = ArticleLine(
        article: "第十五条",
        text: "市委网信办对网站及新媒体开展日常巡查，发现问题及时通知主办单位；工作时间内通知的，一般问题1小时内、"
            + "严重问题30分钟内整改；非工作时间或节假日通知的，一般问题4小时内、严重问题2小时内整改。")
    static let art19 = ArticleLine(
        article: "第十九条",
        text: "每季度对日常巡查数据错误率高、长期不发布、运维不认真、制度不健全、落实不得力、群众不满意的网站及新媒体，"
            + "向其主办单位发送工作整改函；下一季度仍无明显改善的，在一定范围内予以通报。")
    static let art20 = ArticleLine(
        article: "第二十条", text: "违反本办法造成不良影响的，在意识形态责任制考核和目督考核中予以扣分。")

    /// Art. 15 when the inspection or its deadlines are involved, Art. 12 and 14 for systems and staffing;
    /// Art. 19 and 20 always.
    static func forLetter(triggers: [Trigger]) -> [ArticleLine] {
        var articles: [ArticleLine] = []
        if triggers.contains(.missing_systems) { articles += [art12, art14] }
        if triggers.contains(where: { [.error_rate, .late_fixes, .ineffective, .missing_systems].contains($0) }) {
            articles.append(art15)
        }
        return articles + [art19, art20]
    }
}
