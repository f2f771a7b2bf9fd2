import ArgumentParser
import AssessPipeline
import Foundation

/// The command line's mistakes in Chinese (issue 13: the CLI speaks Chinese everywhere). swift-argument-parser
/// words its errors in English and exits 64; `Assess.main` turns each into a Chinese message that says what
/// is wrong and what to do, with the `assess help <command>` hint, and exit status 2.
enum ArgumentErrorText {
    /// The subcommands, with the options each accepts (read from its own help text, so they cannot drift).
    static let commands: [String: any ParsableCommand.Type] = [
        "run": RunCommand.self, "validate": ValidateCommand.self, "history": HistoryCommand.self,
        "config": ConfigCommand.self, "sample": SampleCommand.self, "year": YearCommand.self,
    ]

    /// The message for a parse error of `arguments` (the command line without the program name).
    static func message(for error: any Error, arguments: [String]) -> String {
        let subcommand = arguments.first.flatMap { commands[$0] != nil ? $0 : nil }
        if subcommand == nil, let first = arguments.first, !first.hasPrefix("-"), first != "help" {
            return unknownCommand(first) + "可用的命令见 assess help。"
        }
        let hint = subcommand.map { "用法见 assess help \($0)。" } ?? "可用的命令见 assess help。"
        if let subcommand, let unknown = unknownOption(in: Array(arguments.dropFirst()), of: subcommand) {
            return unknown + hint
        }
        if let error = error as? ValidationError { return error.message + hint }
        let english = Assess.message(for: error)
        return translate(english, subcommand: subcommand, arguments: arguments) + hint
    }

    /// The first `--option` the subcommand does not have, with the closest one it has.
    static func unknownOption(in arguments: [String], of subcommand: String) -> String? {
        guard let command = commands[subcommand] else { return nil }
        let known = options(of: command)
        for argument in arguments where argument.hasPrefix("--") && argument != "--" {
            let name = String(argument.split(separator: "=", maxSplits: 1).first ?? "")
            guard !known.contains(name), !["--help", "-h"].contains(name) else { continue }
            let closest = known.min { distance(name, $0) < distance(name, $1) }
            let guess = closest.flatMap { distance(name, $0) <= max(2, name.count / 3) ? "你是不是想写 \($0)？" : nil } ?? ""
            return "assess \(subcommand) 没有选项 \(name)。\(guess)"
        }
        return nil
    }

    /// Every `--option` named in a command's help text.
    static func options(of command: any ParsableCommand.Type) -> Set<String> {
        let help = command.helpMessage(columns: 200)
        var found: Set<String> = []
        var current = ""
        for character in help + " " {
            if character.isLetter && character.isASCII || character.isNumber && character.isASCII || character == "-" {
                current.append(character)
            } else {
                if current.hasPrefix("--"), current.count > 2 { found.insert(current) }
                current = ""
            }
        }
        return found
    }

    /// The parser's English, said in Chinese.
    static func translate(_ english: String, subcommand: String?, arguments: [String]) -> String {
        let line = english.split(separator: "\n").first.map(String.init) ?? english
        let quoted = line.split(separator: "'", omittingEmptySubsequences: false).map(String.init)
        let first = quoted.count > 1 ? quoted[1] : ""
        let option = first.split(separator: " ").first.map(String.init) ?? first
        if line.hasPrefix("Missing value for") {
            let next = arguments.firstIndex(of: option).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
            if let next, next.hasPrefix("-"), Int(next) != nil {
                return "选项 \(option) 的值 \(next) 无效：不能为负数。"
            }
            return "选项 \(option) 后面缺少取值。"
        }
        if line.hasPrefix("Missing expected argument") {
            return "缺少必需的选项 \(option)。"
        }
        if line.hasPrefix("The value") {
            let value = first
            let name = quoted.count > 3 ? (quoted[3].split(separator: " ").first.map(String.init) ?? quoted[3]) : ""
            return invalidValue(value, option: name)
        }
        if line.hasPrefix("Unexpected argument") {
            if subcommand == nil { return unknownCommand(first) }
            return "多余的参数“\(first)”：每个值都应跟在一个选项后面（如 --data 目录）；路径中有空格时请加引号。"
        }
        if line.hasPrefix("Unknown option") {
            return "没有选项 \(option)。"
        }
        if line.contains("had already been set") || line.contains("provided more than once") {
            return "选项 \(option) 给了不止一次：请只写一次。"
        }
        // A command's own `validate()` message is already Chinese (the parser hands it over unchanged).
        if line.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { return line }
        return "命令行有误。"
    }

    /// No such subcommand, with the closest one.
    static func unknownCommand(_ name: String) -> String {
        let closest = commands.keys.sorted().min { distance(name, $0) < distance(name, $1) }
        let guess = closest.flatMap { distance(name, $0) <= 2 ? "你是不是想写 assess \($0)？" : nil } ?? ""
        return "没有命令 \(name)（可用：\(commands.keys.sorted().joined(separator: "、"))）。\(guess)"
    }

    /// Why a value was refused, by option.
    static func invalidValue(_ value: String, option: String) -> String {
        switch option {
        case "--quarter":
            return "--quarter 的值“\(value)”不是有效的季度：\(quarterReason(value))应写作 年份Q季度，如 2026Q3。"
        case "--as-of":
            return "--as-of 的值“\(value)”不是有效的日期时间（应如 2026-10-08 17:00）。"
        case "--issue-date":
            return "--issue-date 的值“\(value)”不是有效的日期（应如 2026-10-09）。"
        case "--scale":
            return "--scale 的值“\(value)”无效：应为 city、province 或 nation。"
        case "--encoding":
            return "--encoding 的值“\(value)”无效：应为 utf8 或 gb18030。"
        case "--format":
            return "--format 的值“\(value)”无效：应为 csv 或 jsonl。"
        default:
            if value.hasPrefix("-"), Int(value) != nil { return "选项 \(option) 的值 \(value) 无效：不能为负数。" }
            return "选项 \(option) 的值“\(value)”无效：应为一个不太大的非负整数。"
        }
    }

    /// What is wrong with a quarter as written.
    static func quarterReason(_ text: String) -> String {
        let parts = text.uppercased().split(separator: "Q", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return "缺少“Q”或写了多个“Q”；" }
        guard parts[0].count == 4, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return "年份“\(parts[0])”应为四位数字；"
        }
        guard parts[1].count == 1, let n = Int(parts[1]), (1...4).contains(n) else {
            return "季度序号“\(parts[1])”应为 1 到 4；"
        }
        return ""
    }

    /// Levenshtein distance (short option names only).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in 1...b.count {
                let saved = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = saved
            }
        }
        return row[b.count]
    }
}
