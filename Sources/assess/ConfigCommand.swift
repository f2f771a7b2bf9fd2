import ArgumentParser
import AssessPipeline
import Foundation

/// `assess config`: the configuration file.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "配置文件：打印全部默认值（每项附中文说明），或检查一个配置文件。",
        discussion: "例：assess config --print-defaults > 考核配置.yaml    assess config --check 考核配置.yaml"
    )

    @Flag(name: .customLong("print-defaults"), help: "打印带中文注释的完整默认配置。")
    var printDefaults = false

    @Option(help: "检查该配置文件能否读取。")
    var check: String?

    func validate() throws {
        if printDefaults == (check != nil) {
            throw ValidationError("请给出 --print-defaults 或 --check 之一。")
        }
    }

    func run() throws {
        if printDefaults {
            print(ConfigurationCommand.defaultsText(), terminator: "")
        } else if let check {
            try reportingErrors { try ConfigurationCommand.check(URL(fileURLWithPath: check)) }
            printOut("配置文件可用：\(check)")
        }
    }
}
