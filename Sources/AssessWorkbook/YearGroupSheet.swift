import AssessCore

/// 分地区 and 分主管单位: per region or supervisor, the units, the year's letters and notices, the total annual
/// deduction and the average score of each quarter (year.md).
enum YearGroupSheet {
    static let regionName = "分地区"
    static let supervisorName = "分主管单位"

    static func headers(groupedBy label: String) -> [String] {
        [label, "单位数", "整改函", "通报", "年度扣分合计"] + (1...4).map { "第\($0)季度平均得分" }
    }

    static func rows(_ groups: [YearGroup]) -> [[SheetCell]] {
        groups.map { group in
            [.text(group.name), .integer(group.units), .integer(group.letters), .integer(group.notices),
             .number(Double(group.totalDeduction) / 100, format: .decimal2)]
                + group.averageScores.map { $0.map { .number($0, format: .decimal2) } ?? .empty }
        }
    }
}
