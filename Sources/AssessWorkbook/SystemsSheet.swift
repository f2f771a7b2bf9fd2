import AssessCore

/// 制度建设: every unit × required system (Art. 12, 14, 15) as 有/缺, then staffing per media (Art. 12).
///
/// Both kinds share one filterable table; the column 类别 tells them apart.
enum SystemsSheet {
    static let name = "制度建设"

    static let headers = ["单位编号", "单位名称", "类别", "项目", "账号编号", "情况"]

    /// The row's subject stays in view when scrolling across.
    static let print = TablePrint(headers: headers, frozenThrough: "单位名称")

    static func rows(_ units: [UnitAssessment], configuration: Configuration) -> some Collection<[SheetCell]> {
        units.indices.lazy.flatMap { i in
            let unit = units[i]
            let required = configuration.rules(for: unit.unit.category).requiredSystems
            let missing = Set(unit.evidence.missingSystems)
            let systems: [[SheetCell]] = required.map { system in
                [.text(unit.unit.id), .text(unit.unit.name), .text("制度建设"), .text(system.chinese), .empty,
                 .text(missing.contains(system) ? "缺" : "有")]
            }
            let staffing: [[SheetCell]] = unit.evidence.media.map { m in
                [.text(unit.unit.id), .text(unit.unit.name), .text("人员配备"), .text(m.media.name), .text(m.media.id),
                 .text(m.staffed ? "已配备在编主要编辑" : "缺在编主要编辑")]
            }
            return systems + staffing
        }
    }
}
