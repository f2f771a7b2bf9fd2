import Testing
import TestSupport
@testable import AssessCore

/// The wording of every warning, case by case: the one place where it is turned into Chinese
/// (`RunWarning+Chinese.swift`). Other tests compare cases.
@Suite struct RunWarningTests {
    @Test(arguments: [
        (RunWarning.nearMissFileName(file: "Findings.CSV", tableName: "巡查问题", expected: "findings.csv"),
         "数据目录中的文件 Findings.CSV 看起来是巡查问题表，但文件名不是 findings.csv，未被读取：如果它就是该表，请改名为 findings.csv 后重新运行。"),
        (.editorsTableAbsent,
         "数据目录中没有管理编辑人员表（editors.csv / .json / .jsonl / .xlsx），按没有登记任何管理编辑人员处理；如有该表，请放入数据目录后重新运行。"),
        (.systemsTableAbsent,
         "数据目录中没有制度建设表（systems.csv / .json / .jsonl / .xlsx），按所有单位都没有申报制度处理；如有该表，请放入数据目录后重新运行。"),
        (.otherSheetsIgnored(file: "posts.xlsx", firstSheet: "数据", otherSheets: ["说明", "Sheet3"]),
         "posts.xlsx 只读取第一个工作表“数据”，其余工作表 “说明”、“Sheet3” 已忽略：如数据在其他工作表中，请把它移到第一个位置后重新运行。"),
        (.unknownColumn(file: "posts.xlsx", column: "备注"), "posts.xlsx 的列“备注”不是已知列，已忽略。"),
        (.duplicateColumn(file: "units.csv", column: "name", earlier: "name"),
         "units.csv 的列“name”与前面的列重复（name），使用前面的那一列。"),
        (.previousFileUnused(previousQuarter: Fixtures.quarter("2026Q2"), path: "/tmp/q2.csv"),
         "台账中已有上一季度（2026Q2）的结果，已按台账判断是否通报；--previous 文件 /tmp/q2.csv 未使用。"),
        (.numberingStartRaised(.letters, start: 3, year: 2026, used: 7),
         "--letter-start 3：2026 年的整改函函号已用到 7 号，为免重号，新号从 8 起。"),
        (.numberingStartRaised(.notices, start: 1, year: 2026, used: 2),
         "--notice-start 1：2026 年的通报文号已用到 2 号，为免重号，新号从 3 起。"),
        (.calendarEntryIgnored(.invalidEntry("2026-13-01", field: "calendar.holidays")),
         "日历数据（calendar.holidays）中的“2026-13-01”无法识别：应为 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD（起始日不晚于结束日）；该条已忽略。"),
        (.firstAssessment(previousQuarter: Fixtures.quarter("2026Q2")),
         "本季度按首次考核处理，不使用上一季度（2026Q2）的评估结果：凡触发评估标准的单位一律发整改函，不作通报。"),
        (.firstAssessment(previousQuarter: nil),
         "本季度按首次考核处理，不使用上一季度（上一季度）的评估结果：凡触发评估标准的单位一律发整改函，不作通报。"),
        (.workingHoursIgnored(entry: "1300-1800"),
         "工作时间“1300-1800”无法识别：应为 HH:MM-HH:MM，且开始早于结束；该区间已忽略。"),
        (.calendarYearMissing(year: 2027),
         "工作日历缺少2027年的法定节假日和调休安排，该年按周一至周五为工作日计算；请在配置 calendar 中补充。"),
    ])
    func wording(_ warning: RunWarning, _ chinese: String) {
        #expect(warning.chinese == chinese)
    }
}
