import AssessCore

/// The one-sentence explanation of each Art. 19 criterion, with the unit's numbers (rules.md "Triggers").
///
/// A sentence has no closing full stop: the templates follow it with the article it cites, then the stop.
enum Summaries {
    /// The sentence of `trigger`. `serious` names the serious errors (when the error-rate criterion held by
    /// them alone the sentence names them); `namesSystems` is false where a list of the missing systems
    /// follows (the letter), so that nothing is listed twice.
    static func sentence(for trigger: Trigger, metrics m: UnitMetrics, rules: Rules, serious: [String] = [],
                         namesSystems: Bool = true) -> String {
        switch trigger {
        case .errorRate:
            return errorRate(m, rules: rules, serious: serious)
        case .inactivity:
            return "本季度有\(m.inactiveMedia)个网站或新媒体账号连续\(rules.inactivityDays)天以上未更新，"
                + "最长连续\(m.maxSilentDays)天未更新"
        case .lateFixes:
            let serious = m.lateSerious > 0 ? "，其中严重问题\(m.lateSerious)个" : ""
            return "本季度应在时限内整改的问题\(m.findingsDue)个，未按时限整改\(m.lateFixes)个\(serious)"
        case .missingSystems:
            var parts: [String] = []
            if !m.missingSystems.isEmpty {
                parts.append(namesSystems
                    ? "未建立\(Formatting.list(m.missingSystems.map(\.chinese)))制度（共\(m.missingSystems.count)项）"
                    : "缺少\(m.missingSystems.count)项制度")
            }
            if m.staffingGaps > 0 {
                parts.append("\(m.staffingGaps)个网站或新媒体账号未配备在编在岗的主要编辑")
            }
            return parts.joined(separator: "，")
        case .ineffective:
            var parts: [String] = []
            if m.unfixedOverdue > 0 { parts.append("超过整改时限仍未整改的问题\(m.unfixedOverdue)个") }
            if m.unmonitoredMedia > 0 { parts.append("未接入日常巡查的网站或新媒体账号\(m.unmonitoredMedia)个") }
            return "本季度" + parts.joined(separator: "，")
        case .dissatisfaction:
            return "本季度经核实的群众投诉\(m.complaints)件，达到\(rules.thresholds.complaints)件即列入"
        }
    }

    /// By the rate: the rate against the threshold. By serious errors alone: the rate below the threshold said
    /// as such, and the serious errors named.
    private static func errorRate(_ m: UnitMetrics, rules: Rules, serious: [String]) -> String {
        let threshold = Formatting.fixed2(rules.thresholds.errorRatePermille)
        let checked: String
        if let rate = m.errorRatePermille, m.itemsChecked > 0 {
            checked = "本季度日常巡查检查信息\(m.itemsChecked)条，发现有效问题\(m.errors)个，错误率\(Formatting.fixed2(rate))‰"
        } else {
            checked = "本季度日常巡查发现有效问题\(m.errors)个"
        }
        if TriggerWording.heldByRate(m, rules: rules) {
            let seriousPart = m.seriousErrors > 0 ? "；其中严重问题\(m.seriousErrors)个" : ""
            return checked + "，达到\(threshold)‰的标准\(seriousPart)"
        }
        let ratePart = m.itemsChecked > 0 && m.errorRatePermille != nil ? "，未达到\(threshold)‰的标准" : ""
        let named = serious.isEmpty ? "" : "：" + Formatting.list(serious)
            + (serious.count < m.seriousErrors ? "等" : "")
        return checked + ratePart + "，但其中严重问题\(m.seriousErrors)个\(named)，因严重问题列入"
    }
}

/// The articles of the measures a letter or notice cites. The measures' own text is not at hand, so each is
/// written as what the article provides (`关于…的规定`), never inside quotation marks as if quoted
/// (documents.md "Wording"); Art. 20 speaks of 不良后果.
enum Articles {
    static let art12 = ArticleLine(article: "第十二条", text: "建立信息内容三审机制、主要编辑人员为本单位在编在岗人员")
    static let art14 = ArticleLine(article: "第十四条", text: "建立24小时应急响应制度，做好监测和应急处置")
    static let art15 = ArticleLine(
        article: "第十五条",
        text: "对网站及新媒体开展日常巡查，主办单位在规定时限内整改巡查发现的问题（工作时间内通知的，一般问题1小时内、"
            + "严重问题30分钟内；非工作时间或节假日通知的，一般问题4小时内、严重问题2小时内），"
            + "并建立安全管理、保密审查和应急预案制度")
    static let art19 = ArticleLine(
        article: "第十九条",
        text: "每季度对日常巡查数据错误率高、长期不发布、运维不认真、制度不健全、落实不得力、群众不满意的网站及新媒体，"
            + "向其主办单位发送工作整改函，下一季度仍无明显改善的，在一定范围内予以通报")
    static let art20 = ArticleLine(
        article: "第二十条", text: "违反本办法造成不良后果的，在意识形态责任制考核和目督考核中予以扣分")

    /// Art. 15 when the inspection, its deadlines or the systems it requires are involved, Art. 12 and 14 for
    /// systems and staffing; Art. 19 and 20 always.
    static func forLetter(triggers: [Trigger]) -> [ArticleLine] {
        var articles: [ArticleLine] = []
        if triggers.contains(.missingSystems) { articles += [art12, art14] }
        if triggers.contains(where: { [.errorRate, .lateFixes, .ineffective, .missingSystems].contains($0) }) {
            articles.append(art15)
        }
        return articles + [art19, art20]
    }
}
