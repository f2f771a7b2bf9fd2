import ArgumentParser
import AssessPipeline
import Foundation

/// `assess run`: the whole quarter in one command.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "完成一个季度的考核：评分、整改函与通报决定、工作簿、函件、意识形态责任制扣分，并记入台账。",
        discussion: """
        结果目录中生成：scores.csv / scores.json（评分）、ideology.csv（意识形态责任制考核扣分）、
        compliance.csv（账号规范工作清单）、assessment.xlsx（工作簿）、letters/*.md 和 *.docx（整改函）、notice.md 和 notice.docx（通报，如有；--pdf 时另有 PDF）、summary.md（季度概况）、
        rejects.csv（拒收行）、manifest.json（输入文件校验值与所用配置）。
        结果先写入临时目录，全部成功后才替换结果目录并提交台账；失败时原有结果与台账保持不变。

        上季度结果（决定是否通报）先取自台账；台账中没有时用 --previous 指定上季度的 scores.csv；
        第一次用本工具考核（没有上一季度）时加 --no-previous。三者都没有时不运行，以免把应通报的单位改为发函。
        函号、通报文号在同一年内接着台账（或 --previous 文件）中已用的最大号编；都查不到且本季度不是该年第一个
        季度时，用 --letter-start / --notice-start 指定第一个未用的序号。
        例：assess run --quarter 2026Q3 --data 导出/2026Q3 --out 结果/2026Q3
        """
    )

    @Option(help: "考核季度，如 2026Q3。")
    var quarter: Quarter

    @OptionGroup var data: DataOptions

    @Option(help: "结果目录（整体替换）。")
    var out: String

    @OptionGroup var setup: SetupOptions

    @Option(name: .customLong("as-of"), help: "判断“逾期未整改”的时点，如 \"2026-10-08 17:00\"（缺省为季度结束时刻）。")
    var asOf: LocalDateTime?

    @Option(name: .customLong("issue-date"), help: "发函日期，如 2026-10-09（缺省为 as-of 当日或之后的第一个工作日）。")
    var issueDate: Day?

    @Option(help: "上季度的 scores.csv（台账中没有上季度结果时使用）。")
    var previous: String?

    @Flag(name: .customLong("no-previous"), help: "没有上一季度（第一次用本工具考核）：凡触发评估标准的单位一律发整改函，函号从 1 起。")
    var noPrevious = false

    @Option(name: .customLong("letter-start"), help: "本年第一个未用的整改函序号（台账和 --previous 都查不到本年函号时需要）。")
    var letterStart: Int?

    @Option(name: .customLong("notice-start"), help: "本年第一个未用的通报序号（台账查不到本年通报文号时需要）。")
    var noticeStart: Int?

    @Flag(help: "有任何拒收行即失败，不生成结果。")
    var strict = false

    @OptionGroup var ledger: LedgerOptions

    @Flag(name: .customLong("no-ledger"), help: "不读写台账（上季度结果只能来自 --previous 或 --no-previous）。")
    var noLedger = false

    @Flag(help: "结束时在标准错误输出打印各阶段耗时（秒）。")
    var timings = false

    @Flag(help: "同时把整改函和通报的 Word 文件转换为 PDF（需要已安装 LibreOffice）。")
    var pdf = false

    func validate() throws {
        try CommandLineValues.checkPath(out, option: "--out")
        if let previous { try CommandLineValues.checkPath(previous, option: "--previous") }
        try CommandLineValues.checkCount(letterStart, option: "--letter-start", in: 1...99_999)
        try CommandLineValues.checkCount(noticeStart, option: "--notice-start", in: 1...99_999)
    }

    func run() async throws {
        let options = runOptions()
        let report: AssessmentRun.Report
        let progress = Progress()
        do {
            report = try await AssessmentRun.execute(options, progress: progress)
        } catch let error as PipelineError {
            if !error.rejects.isEmpty {
                printErr("拒收 \(error.rejects.count) 行：\n" + InputSummary.rejects(error.rejects, limit: .max))
            }
            throw fail(error.description)
        }
        if timings {
            printErr(ConsoleTable(headers: ["阶段", "秒"],
                                  rows: progress.timings.map { [$0.stage, String(format: "%.3f", $0.seconds)] }).render())
        }
        printOut(InputSummary.table(report.files))
        if !report.rejects.isEmpty {
            printOut("\n拒收 \(report.rejects.count) 行（见 rejects.csv）：\n" + InputSummary.rejects(report.rejects, limit: 10))
        }
        for warning in report.warnings { printErr("提示：" + warning.chinese) }
        let issues = InputSummary.dataIssues(report.dataIssues, units: report.assessment.units.map(\.unit))
        if !issues.isEmpty { printOut("\n" + issues) }
        let units = report.assessment.units
        printOut("""

        \(report.assessment.quarter.chinese)：考核单位 \(units.count) 个，\
        整改函 \(units.count { $0.decision == .letter }) 个，\
        通报 \(units.count { $0.decision == .notice }) 个。
        结果已写入 \(options.outputDirectory.relativePath)
        """)
        // The run is complete. Its data — every finding of the quarter, in the assessment — is left to the
        // process's end rather than released value by value (about 0.3 s at province size; docs/PERFORMANCE.md
        // "The run's end").
        withExtendedLifetime(report) { Foundation.exit(EXIT_SUCCESS) }
    }

    private func runOptions() -> RunOptions {
        var options = RunOptions(
            quarter: quarter, dataDirectory: data.dataDirectory, outputDirectory: URL(fileURLWithPath: out),
            configurationFile: setup.configurationFile, asOf: asOf, issueDate: issueDate,
            previousFile: previous.map { URL(fileURLWithPath: $0) }, noPrevious: noPrevious,
            letterStart: letterStart, noticeStart: noticeStart, strict: strict,
            ledgerPath: noLedger ? nil : ledger.ledgerPath, templatesDirectory: setup.templatesDirectory)
        options.pdf = pdf
        return options
    }
}
