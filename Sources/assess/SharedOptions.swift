import ArgumentParser
import AssessPipeline
import Foundation

/// `--data`: the export folder (run, validate).
struct DataOptions: ParsableArguments {
    @Option(help: "导出数据目录。")
    var data: String

    var dataDirectory: URL { URL(fileURLWithPath: data) }

    func validate() throws { try CommandLineValues.checkPath(data, option: "--data") }
}

/// `--ledger`: the ledger file (run, history, year).
struct LedgerOptions: ParsableArguments {
    @Option(help: "台账文件（缺省：环境变量 ASSESS_LEDGER，或 ~/.local/share/assess/ledger.sqlite）。")
    var ledger: String?

    /// The file given, else the default location.
    var ledgerPath: URL { ledger.map { URL(fileURLWithPath: $0) } ?? LedgerHistory.defaultPath() }

    func validate() throws {
        if let ledger { try CommandLineValues.checkPath(ledger, option: "--ledger") }
    }
}

/// `--config` and `--templates`: what a run or a year summary is written with (run, year).
struct SetupOptions: ParsableArguments {
    @Option(help: "YAML 配置文件（缺省按考核细则默认值；assess config --print-defaults 可打印全部默认值）。")
    var config: String?

    @Option(help: "模板目录（缺省为随程序提供的 Templates/）。")
    var templates: String?

    var configurationFile: URL? { config.map { URL(fileURLWithPath: $0) } }
    var templatesDirectory: URL? { templates.map { URL(fileURLWithPath: $0) } }

    func validate() throws {
        if let config { try CommandLineValues.checkPath(config, option: "--config") }
        if let templates { try CommandLineValues.checkPath(templates, option: "--templates") }
    }
}
