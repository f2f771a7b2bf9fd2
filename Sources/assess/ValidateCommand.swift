import ArgumentParser
import AssessPipeline
import Foundation

/// `assess validate`: read every input and report, in Chinese, which rows are unusable and why.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "检查导出数据：逐表统计读取、接受、拒收行数，列出被拒收的行及原因。",
        discussion: """
        数据目录中每张表一个文件，文件名即表名：units、media、editors、systems、findings、
        inspections、posts、complaints，格式 .csv / .json / .jsonl / .xlsx，编码 UTF-8 或 GB18030。
        例：assess validate --data 导出/2026Q3 --quarter 2026Q3 --rejects 拒收.csv
        """
    )

    @OptionGroup var data: DataOptions

    @Option(help: "季度，如 2026Q3（给出时按该季度汇总发布与巡查记录）。")
    var quarter: Quarter?

    @Flag(help: "有任何拒收行即视为失败（退出状态 2）。")
    var strict = false

    @Option(help: "把全部拒收行写入该 CSV 文件（file,line,column,reason,raw）。")
    var rejects: String?

    @Option(help: "屏幕上最多列出多少条拒收行。")
    var show = 20

    func validate() throws {
        try CommandLineValues.checkCount(show, option: "--show", in: 0...1_000_000)
        if let rejects { try CommandLineValues.checkPath(rejects, option: "--rejects") }
    }

    func run() throws {
        // Checked before reading: the file may never replace an input or land inside the data folder.
        let rejectsTarget = try reportingErrors {
            try rejects.map { try ValidationRun.checkRejectsFile(URL(fileURLWithPath: $0), data: data.dataDirectory) }
        }
        let result = try reportingErrors { try ValidationRun.read(data.dataDirectory, quarter: quarter) }
        printOut(InputSummary.table(result.files))
        for warning in result.warnings { printErr("提示：" + warning.chinese) }
        if let target = rejectsTarget {
            try reportingErrors { try ValidationRun.writeRejects(result.rejects, to: target) }
        }
        if result.rejects.isEmpty {
            printOut("\n全部数据行均可使用。")
            return
        }
        printOut("\n拒收 \(result.rejects.count) 行：\n" + InputSummary.rejects(result.rejects, limit: strict ? .max : show))
        let issues = InputSummary.dataIssues(result.dataIssues, units: result.data.units)
        if !issues.isEmpty { printOut("\n" + issues) }
        if strict { throw fail("使用了 --strict：存在拒收行。") }
    }
}
