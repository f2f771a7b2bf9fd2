import AssessCore

/// 问题明细: every counted finding of every unit with its Art. 15 deadline and outcome.
enum FindingsSheet {
    static let name = "问题明细"

    static let headers = [
        "单位编号", "单位名称", "账号编号", "账号名称", "问题编号", "问题类型", "严重程度", "发现时间", "通知时间",
        "通知时段", "整改时限（分钟）", "整改期限", "整改时间", "整改结果", "超时（分钟）", "重大问题", "问题链接", "问题描述",
    ]

    /// The row's subject stays in view when scrolling across.
    static let print = TablePrint(headers: headers, frozenThrough: "单位名称")

    /// Writes every row of `listing` into the prepared sheet, each finding read in place.
    static func fill(_ table: TableWriter.PreparedTable, _ listing: FindingsListing, with writer: TableWriter) throws {
        var fill = writer.start(table)
        for entry in listing.units {
            try entry.findings.withUnsafeBufferPointer { findings in
                for finding in findings.indices {
                    try fill.row { cells in
                        try write(findings[finding], unit: entry.unit, mediaNames: entry.mediaNames, into: &cells)
                    }
                }
            }
        }
        _ = try fill.finish()
    }

    static func write(_ o: FindingOutcome, unit: Unit, mediaNames: [String: String], into cells: inout RowCells) throws {
        try cells.text(unit.id)
        try cells.text(unit.name)
        try cells.text(o.finding.mediaID)
        try cells.text(mediaNames[o.finding.mediaID] ?? "")
        try cells.text(o.finding.id)
        try cells.text(o.finding.category.chinese)
        try cells.text(o.finding.severity.chinese)
        try cells.dateTime(o.finding.detectedAt)
        try cells.dateTime(o.finding.notifiedAt)
        try cells.text(o.notifiedInWorkingTime ? "工作时间" : "非工作时间")
        try cells.integer(o.limitMinutes)
        try cells.dateTime(o.deadline)
        try cells.dateTime(o.finding.fixedAt)
        try cells.text(o.outcome.chinese)
        try cells.integer(minutesLate(o.secondsLate))
        try cells.text(o.isMajorIncident ? "是" : "否")
        try cells.text(o.finding.url ?? "")
        try cells.text(o.finding.description ?? "")
    }

    /// Whole minutes past the deadline, a started minute counting as one (61 s late = 2 minutes).
    static func minutesLate(_ seconds: Int64) -> Int {
        seconds <= 0 ? 0 : Int((seconds + 59) / 60)
    }
}
