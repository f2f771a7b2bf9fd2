import AssessCore

/// 反复被通报: units named in a notice in two or more quarters of the year (year.md).
enum RepeatedNoticeSheet {
    static let name = "反复被通报"

    static let headers = ["单位编号", "单位名称", "地区", "主管单位", "通报次数", "被通报季度", "函号", "年度扣分"]

    static func rows(_ rollUp: YearRollUp) -> [[SheetCell]] {
        rollUp.repeatedNotices.map { unit in
            let notices = unit.results.filter { $0.decision == .notice }
            return [.text(unit.unitID), .text(unit.unitName), .text(unit.region), .text(unit.supervisor),
                    .integer(unit.notices), .text(notices.map(\.quarter.chinese).joined(separator: "、")),
                    .text(notices.map(\.letterNumber).filter { !$0.isEmpty }.joined(separator: "、")),
                    .number(Double(unit.annualDeduction) / 100, format: .decimal2)]
        }
    }
}
