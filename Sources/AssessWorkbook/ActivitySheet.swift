import AssessCore

/// 更新情况: every assessed media with its window, posts and longest silence.
enum ActivitySheet {
    static let name = "更新情况"

    static let headers = [
        "单位编号", "单位名称", "账号编号", "账号名称", "类型", "状态", "考核起始日", "考核截止日", "考核天数",
        "发布条数", "发布天数", "最长未更新天数", "未更新起始日", "未更新截止日", "不更新", "巡查条目数", "已巡查", "重大问题数",
    ]

    /// The row's subject stays in view when scrolling across.
    static let print = TablePrint(headers: headers, frozenThrough: "账号名称")

    /// Units are read in place by index (iterating the array would copy each unit, every field retained).
    static func rows(_ units: [UnitAssessment]) -> some Collection<[SheetCell]> {
        units.indices.lazy.flatMap { i in units[i].evidence.media.lazy.map { row($0, unit: units[i].unit) } }
    }

    static func row(_ m: MediaAssessment, unit: Unit) -> [SheetCell] {
        [
            .text(unit.id), .text(unit.name), .text(m.media.id), .text(m.media.name), .text(m.media.kind.chinese),
            .text(m.media.status.chinese), .date(m.window.start), .date(m.window.last), .integer(m.window.count),
            .integer(m.posts), .integer(m.postDays), .integer(m.silentDays),
            m.longestSilence.map { .date($0.start) } ?? .empty, m.longestSilence.map { .date($0.last) } ?? .empty,
            .text(m.inactive ? "是" : "否"), .integer(m.itemsChecked), .text(m.monitored ? "是" : "否"),
            .integer(m.majorIncidents),
        ]
    }
}
