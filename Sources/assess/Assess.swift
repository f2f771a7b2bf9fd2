import ArgumentParser
import AssessPipeline
import Foundation

/// `assess`: the quarterly assessment of the city's Party, government and public-body websites and new media.
@main
struct Assess: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "党政机关网站及新媒体季度考核：读取备案与巡查导出数据，评分、决定整改函与通报，生成工作簿与函件。",
        discussion: """
        一个季度通常这样做：
          1. assess validate --data 导出目录            先检查导出数据，看哪些行不能用、为什么
          2. assess run --quarter 2026Q3 --data 导出目录 --out 结果目录
                                                        评分、决定、生成全部结果，并记入台账
          3. assess history --unit 单位编码或名称        查看某单位历季度结果
          4. assess year --year 2026 --out 结果目录      年末：四个季度的年度汇总（意识形态责任制考核）

        退出状态：0 成功；2 输入、配置或台账有问题（信息说明了该怎么做）。
        """,
        subcommands: [RunCommand.self, ValidateCommand.self, YearCommand.self, HistoryCommand.self, ConfigCommand.self, SampleCommand.self]
    )

    /// Parses and runs the command; every mistake on the command line is answered in Chinese with exit status 2
    /// (`ArgumentErrorText`), help and `--version` as the parser prints them.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["--version"] {
            FileHandle.standardOutput.write(Data("assess \(ToolVersion.current)\n".utf8))
            return
        }
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            if exitCode(for: error) == .success { showHelp(for: error) }
            printErr("错误：" + ArgumentErrorText.message(for: error, arguments: arguments))  // masks phones
            exit(withError: ExitCode(2))
        }
        do {
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            exit(withError: code)
        } catch {
            if exitCode(for: error) == .success { showHelp(for: error) }
            let message = error is ValidationError ? ArgumentErrorText.message(for: error, arguments: arguments)
                : PipelineError.explain(error)
            printErr("错误：" + message)
            exit(withError: ExitCode(2))
        }
    }

    /// A help request (`--help`, `help run`): the parser's text with its English frame in Chinese, exit status 0.
    private static func showHelp(for error: any Error) -> Never {
        let text = fullMessage(for: error)
        if !text.isEmpty { printOut(HelpText.chinese(text)) }
        exit(withError: ExitCode.success)
    }
}
