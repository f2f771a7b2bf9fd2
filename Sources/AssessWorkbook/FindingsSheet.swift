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

    static func rows(_ listing: FindingsListing) -> some Sequence<[SheetCell]> {
        listing.units.lazy.flatMap { entry in
            entry.findings.lazy.map { row($0, unit: entry.unit, mediaName: entry.mediaNames[$0.finding.mediaID]) }
        }
    }

    static func row(_ o: FindingOutcome, unit: Unit, mediaName: String?) -> [SheetCell] {
        let f = o.finding
        return [
            .text(unit.id), .text(unit.name), .text(f.mediaID), .text(mediaName ?? ""), .text(f.id),
            .text(f.category.chinese), .text(f.severity.chinese), .dateTime(f.detectedAt), .dateTime(f.notifiedAt),
            .text(o.notifiedInWorkingTime ? "工作时间" : "非工作时间"), .integer(o.limitMinutes), .dateTime(o.deadline),
            f.fixedAt.map { .dateTime($0) } ?? .empty, .text(o.outcome.chinese), .integer(minutesLate(o.secondsLate)),
            .text(o.isMajorIncident ? "是" : "否"), .text(f.url ?? ""), .text(f.description ?? ""),
        ]
    }

    /// Whole minutes past the deadline, a started minute counting as one (61 s late = 2 minutes).
    static func minutesLate(_ seconds: Int64) -> Int {
        seconds <= 0 ? 0 : Int((seconds + 59) / 60)
    }
}
