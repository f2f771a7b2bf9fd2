import AssessCore

/// How a letter or notice names an Art. 19 criterion: by the condition that actually held (documents.md
/// "Wording"). The error-rate criterion holds by its rate or by serious errors alone; it is called 错误率高
/// only when the rate reached the threshold.
enum TriggerWording {
    /// The name of `trigger` for a unit with metrics `m`.
    static func name(_ trigger: Trigger, metrics m: UnitMetrics, rules: Rules) -> String {
        if trigger == .errorRate, !heldByRate(m, rules: rules) { return "出现严重错误" }
        return trigger.chinese
    }

    /// The name of a trigger of an earlier quarter, whose numbers are not at hand: the error-rate criterion
    /// is named for both ways it can hold.
    static func earlierName(_ trigger: Trigger) -> String {
        trigger == .errorRate ? "错误率高或出现严重错误" : trigger.chinese
    }

    /// The rate reached the threshold (rules.md "Triggers"); false when only serious errors made it hold.
    static func heldByRate(_ m: UnitMetrics, rules: Rules) -> Bool {
        guard m.itemsChecked > 0, let rate = m.errorRatePermille else { return false }
        return rate >= rules.thresholds.errorRatePermille
    }

    /// The article that requires what the unit missed, for the trigger as a whole: for missing systems and
    /// staffing the articles of what is actually missing (each system also cites its own: `article(for:)`).
    static func article(_ trigger: Trigger, metrics m: UnitMetrics) -> String {
        switch trigger {
        case .errorRate, .inactivity, .dissatisfaction: return "第十九条"
        case .lateFixes, .ineffective: return "第十五条"
        case .missingSystems:
            var articles = Set(m.missingSystems.map(article(for:)))
            if m.staffingGaps > 0 { articles.insert("第十二条") }
            let order = ["第十二条", "第十四条", "第十五条"]
            return order.filter(articles.contains).joined(separator: "、")
        }
    }

    /// Art. 12 the three-review mechanism (and on-staff editors), Art. 14 the 24-hour emergency response,
    /// Art. 15 security management, confidentiality review and emergency plans.
    static func article(for system: SystemKind) -> String {
        switch system {
        case .threeReview: "第十二条"
        case .emergencyResponse: "第十四条"
        case .security, .confidentiality, .contingencyPlan: "第十五条"
        }
    }
}
