import Foundation
import Testing
import TestSupport

/// Issue 13: the command line speaks Chinese everywhere. Every mistake exits 2 with a Chinese message that
/// says what is wrong and points at `assess help <command>`; no English from the argument parser or Foundation.
@Suite struct ChineseCommandLineTests {
    static let data = ProjectPaths.sampleData("2026Q3").path

    /// Status 2, a Chinese message with `words`, and none of the parser's or Foundation's English.
    func expectChinese(_ arguments: [String], _ words: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try CommandRun.assess(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("错误："), "\(result.stderr)", sourceLocation: sourceLocation)
        for word in words {
            #expect(result.stderr.contains(word), "\(arguments) should say \(word): \(result.stderr)",
                    sourceLocation: sourceLocation)
        }
        for english in ["Error:", "Usage:", "invalid", "Missing", "Unknown", "Unexpected", "The file", "couldn’t",
                        "No such file"] {
            #expect(!result.stderr.contains(english), "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        }
    }

    @Test func argumentMistakesAreExplainedInChineseWithTheHelpHint() throws {
        let out = try ProjectPaths.temporaryFolder("assess-cli").appendingPathComponent("out").path
        let run = ["run", "--data", Self.data, "--out", out]
        try expectChinese(run + ["--quarter", "2026Q5"], ["--quarter", "2026Q5", "1 到 4", "assess help run"])
        try expectChinese(run + ["--quarter", "26Q3"], ["四位数字", "2026Q3"])
        try expectChinese(run + ["--quarter", "2026-Q3"], ["--quarter", "2026Q3"])
        try expectChinese(["run", "--dta", Self.data, "--quarter", "2026Q3", "--out", out], ["--dta", "--data", "assess help run"])
        try expectChinese(["run", "--data", Self.data, "--out", out], ["缺少", "--quarter"])
        try expectChinese(run + ["--quarter"], ["--quarter", "缺少取值"])
        try expectChinese(["rnu"], ["rnu", "assess run", "assess help"])
        try expectChinese(["histroy", "--unit", "KM001"], ["histroy", "assess history"])
        try expectChinese(run + ["--quarter", "2026Q3", "extra"], ["extra"])
        try expectChinese(["run", "--quarter", "2026Q3", "--data", Self.data, "--out", "", "--no-previous"], ["--out", "为空"])
        try expectChinese(["validate", "--data", Self.data, "--rejects", " "], ["--rejects", "为空"])
        try expectChinese(["history", "--unti", "KM001"], ["--unti", "--unit", "assess help history"])
        try expectChinese(["sample", "--scale", "town", "--quarter", "2026Q3", "--out", out], ["town", "city"])
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func negativeOrAbsurdCountsAreRefused() throws {
        let out = try ProjectPaths.temporaryFolder("assess-cli").appendingPathComponent("out").path
        let run = ["run", "--quarter", "2026Q3", "--data", Self.data, "--out", out, "--no-previous"]
        try expectChinese(run + ["--letter-start", "-3"], ["--letter-start", "负数"])
        try expectChinese(run + ["--letter-start=-3"], ["--letter-start", "1 到"])
        try expectChinese(run + ["--notice-start", "0"], ["--notice-start"])
        try expectChinese(run + ["--letter-start", "99999999999999999999999"], ["--letter-start"])
        try expectChinese(["validate", "--data", Self.data, "--show", "-1"], ["--show", "负数"])
        try expectChinese(["validate", "--data", Self.data, "--show=-1"], ["--show"])
        try expectChinese(["sample", "--scale", "city", "--quarter", "2026Q3", "--out", out, "--seed", "-1"], ["--seed"])
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func fileSystemFailuresNameThePathInChinese() throws {
        let root = try ProjectPaths.temporaryFolder("assess-cli")
        let file = root.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        try expectChinese(["sample", "--scale", "city", "--quarter", "2026Q3", "--out", "/proc/assess-no/x"], ["/proc/assess-no"])
        try expectChinese(["run", "--quarter", "2026Q3", "--data", root.appendingPathComponent("nowhere").path,
                           "--out", root.appendingPathComponent("out").path, "--no-previous"], ["nowhere", "--data"])
        try expectChinese(["run", "--quarter", "2026Q3", "--data", Self.data, "--out", file.path + "/out",
                           "--no-ledger", "--no-previous"], [file.path])
        try expectChinese(["run", "--quarter", "2026Q3", "--data", Self.data, "--out", root.appendingPathComponent("out").path,
                           "--ledger", "/proc/assess-no/ledger.sqlite", "--no-previous"], ["/proc/assess-no/ledger.sqlite", "路径不存在"])
        // sample never writes over a folder that has something in it (a real export has the same table names).
        try expectChinese(["sample", "--scale", "city", "--quarter", "2026Q3", "--out", root.path], [root.path])
        #expect(try Data(contentsOf: file) == Data("x".utf8))
    }

    @Test func helpAndVersionStillWork() throws {
        let help = try CommandRun.assess(["help", "run"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--no-previous") && help.stdout.contains("--letter-start"))
        // The parser's English frame is said in Chinese too, on every help screen.
        for arguments in [["help", "run"], ["--help"], ["year", "--help"], ["help"], ["sample", "-h"]] {
            let screen = try CommandRun.assess(arguments)
            #expect(screen.status == 0, "\(arguments)")
            #expect(screen.stdout.contains("用法：") && screen.stdout.contains("显示帮助信息。"), "\(arguments)")
            for english in ["USAGE", "OPTIONS", "OVERVIEW", "SUBCOMMANDS", "Show help", "(default:", "See '"] {
                #expect(!screen.stdout.contains(english), "\(arguments): \(english)")
            }
        }
        let version = try CommandRun.assess(["--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("assess "))
    }
}
