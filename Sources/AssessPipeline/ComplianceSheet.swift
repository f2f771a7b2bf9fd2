import AssessCore
import AssessWorkbook

/// The workbook sheet 账号规范: the rows of compliance.csv for office staff (Chinese headers, the check
/// in words, the registry status beside it).
enum ComplianceSheet {
    static let name = "账号规范"

    static let headers = ["单位编号", "单位名称", "账号编号", "账号名称", "类型", "备案状态", "开设日期", "关停日期",
                          "问题", "依据", "问题代码", "说明"]

    static func table(_ findings: [ComplianceFinding]) -> SheetTable {
        SheetTable(name: name, headers: headers, rows: findings.map(row))
    }

    static func row(_ f: ComplianceFinding) -> [SheetCell] {
        [
            .text(f.unit.id), .text(f.unit.name), .text(f.media.id), .text(f.media.name), .text(f.kind.chinese),
            .text(f.media.status.chinese), f.media.openedOn.map { .date($0) } ?? .empty,
            f.media.closedOn.map { .date($0) } ?? .empty, .text(f.check.chinese), .text("《管理办法》\(f.check.article)"),
            .text(f.check.code), .text(f.detail),
        ]
    }
}
