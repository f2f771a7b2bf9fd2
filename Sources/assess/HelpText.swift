import ArgumentParser

/// The help screens in Chinese: swift-argument-parser writes the frame of its help text (`USAGE:`, `OPTIONS:`,
/// `Show help information.` …) in English; every word of ours is Chinese already, so the frame is translated
/// phrase by phrase after the parser has laid the text out.
enum HelpText {
    /// The parser's fixed English phrases and their Chinese, longest first so no phrase is cut by a shorter one.
    static let phrases: [(String, String)] = [
        ("See 'assess help <subcommand>' for detailed help.", "每个子命令的详细说明：assess help <子命令>"),
        ("Show help information.", "显示帮助信息。"),
        ("Show the version.", "显示版本号。"),
        ("OVERVIEW: ", "概述："),
        ("USAGE: ", "用法："),
        ("OVERVIEW:", "概述："),
        ("USAGE:", "用法："),
        ("ARGUMENTS:", "参数："),
        ("OPTIONS:", "选项："),
        ("SUBCOMMANDS:", "子命令："),
        ("(default: ", "（缺省："),
        ("(values: ", "（可选值："),
        ("; default: ", "；缺省："),
        ("; default:", "；缺省："),
        ("<options>", "<选项>"),
        ("<subcommand>", "<子命令>"),
        ("(default)", "（缺省）"),
    ]

    /// `text` with the parser's English frame in Chinese; a bracket the parser opened for a default or a list
    /// of values is closed the Chinese way too.
    static func chinese(_ text: String) -> String {
        var result = text
        for (english, chinese) in phrases { result = result.replacingOccurrences(of: english, with: chinese) }
        return closeChineseBrackets(result)
    }

    /// `（缺省：x)` → `（缺省：x）` (the parser's own closing bracket follows the value, perhaps on the next line).
    private static func closeChineseBrackets(_ text: String) -> String {
        var output = ""
        var open = 0
        for character in text {
            switch character {
            case "（": open += 1; output.append(character)
            case ")" where open > 0: open -= 1; output.append("）")
            case "）" where open > 0: open -= 1; output.append(character)
            default: output.append(character)
            }
        }
        return output
    }
}
