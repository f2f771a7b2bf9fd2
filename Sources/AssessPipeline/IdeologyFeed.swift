import AssessCore

/// ideology.csv: the Art. 20 feed, one row per unit with a non-zero ideology deduction.
public enum IdeologyFeed {
    public static let columns = ["quarter", "unit_id", "unit_name", "supervisor", "decision", "ideology_deduction",
                                 "letter_no", "basis"]

    public static func csv(_ assessment: QuarterAssessment, configuration: Configuration) -> String {
        var out = CSVText.row(columns)
        for unit in assessment.units where unit.ideologyDeduction != 0 {
            out += CSVText.row([
                assessment.quarter.description, unit.unit.id, unit.unit.name, unit.supervisor, unit.decision.code,
                FixedPoint.format(unit.ideologyDeduction), unit.letterNumber?.description ?? "",
                basis(unit, rules: configuration.rules(for: unit.unit.category)),
            ])
        }
        return out
    }

    /// One line of Chinese citing the articles and showing the arithmetic.
    public static func basis(_ unit: UnitAssessment, rules: Rules) -> String {
        var parts: [String] = []
        let base: Double
        switch unit.decision {
        case .noAction: base = rules.ideology.baseNone
        case .letter: base = rules.ideology.baseLetter
        case .notice: base = rules.ideology.baseNotice
        }
        if unit.decision != .noAction {
            parts.append("本季度依第十九条作出“\(unit.decision.chinese)”决定，基础扣\(FixedPoint.format(base))分")
        }
        let major = unit.metrics.majorIncidents
        if major > 0 {
            parts.append("严重问题（表述错误、泄密、隐私泄露、数据造假）\(major)起，每起扣\(FixedPoint.format(rules.ideology.majorIncident))分")
        }
        var line = "依据《管理办法》第十九条、第二十条：" + parts.joined(separator: "；")
        line += "；合计扣\(FixedPoint.format(unit.ideologyDeduction))分"
        if unit.ideologyDeduction >= rules.ideology.cap {
            line += "（封顶\(FixedPoint.format(rules.ideology.cap))分）"
        }
        return line
    }
}
