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

    /// Writes every row of `listing` into the prepared sheet, each finding read where it lies: its fields are
    /// read through a pointer into the unit's list (an outcome handed to a function is copied, every string
    /// retained and released, once per row; docs/PERFORMANCE.md "The workbook's rows, eighth session").
    static func fill(_ table: TableWriter.PreparedTable, _ listing: FindingsListing, with writer: TableWriter,
                     afterFirstRows: () -> Void = {}) throws {
        var fill = writer.start(table)
        var rows = 0
        for entry in listing.units {
            try entry.findings.withUnsafeBufferPointer { findings in
                for index in findings.indices {
                    try fill.row { cells in
                        try write(findings.baseAddress! + index, unit: entry.unit, mediaNames: entry.mediaNames,
                                  into: &cells)
                    }
                    rows += 1
                    // The second data row's cells flushed the first row (constant-memory mode): LaterSheets.
                    if rows == 2 { afterFirstRows() }
                }
            }
        }
        _ = try fill.finish()
        if rows < 2 { afterFirstRows() }
    }

    static func write(_ o: UnsafePointer<FindingOutcome>, unit: Unit, mediaNames: [String: String],
                      into cells: inout RowCells) throws {
        try cells.text(unit.id)
        try cells.text(unit.name)
        try cells.text(o.pointee.finding.mediaID)
        try cells.text(mediaNames[o.pointee.finding.mediaID] ?? "")
        try cells.text(o.pointee.finding.id)
        try cells.text(o.pointee.finding.category.chinese)
        try cells.text(o.pointee.finding.severity.chinese)
        try cells.dateTime(o.pointee.finding.detectedAt)
        try cells.dateTime(o.pointee.finding.notifiedAt)
        try cells.text(o.pointee.notifiedInWorkingTime ? "工作时间" : "非工作时间")
        try cells.integer(o.pointee.limitMinutes)
        try cells.dateTime(o.pointee.deadline)
        try cells.dateTime(o.pointee.finding.fixedAt)
        try cells.text(o.pointee.outcome.chinese)
        try cells.integer(minutesLate(o.pointee.secondsLate))
        let major = FindingOutcome.isMajorIncident(severity: o.pointee.finding.severity,
                                                   category: o.pointee.finding.category)
        try cells.text(major ? "是" : "否")
        try cells.text(o.pointee.finding.url ?? "")
        try cells.text(o.pointee.finding.description ?? "")
    }

    /// Whole minutes past the deadline, a started minute counting as one (61 s late = 2 minutes).
    static func minutesLate(_ seconds: Int64) -> Int {
        seconds <= 0 ? 0 : Int((seconds + 59) / 60)
    }
}
