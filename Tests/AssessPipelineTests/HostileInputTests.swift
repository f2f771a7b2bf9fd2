import Foundation
import Testing
import TestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Hostile values end to end (issue 9): odd ids and names, huge fields, hostile JSON. None crashes the real
/// `assess run`, nothing is written outside the output folder, and each value is used safely or rejected
/// with a reason.
@Suite(.serialized) struct HostileInputTests {
    /// Units whose ids and names are hostile; each gets one website (no posts, so it is inactive and
    /// gets a letter whose file name comes from the id).
    static let hostileUnits: [(id: String, name: String)] = [
        ("../../evil", "上级目录单位"),
        ("a/b", "=cmd|' /C calc'!A0"),
        ("KM\u{0}NUL", "NUL\u{0}单位"),
        ("ctl\u{1}\u{7}\u{1B}[31m", "控制\u{1B}[31m字符"),
        ("KM\u{FEFF}BOM", "中间有\u{FEFF}BOM"),
        ("MD1", "**粗体** [链接](http://x.example) <b>html</b> | 表格 | `代码` # 标题"),
        ("LONGNAME", String(repeating: "长", count: 400_000)),
        (String(repeating: "I", count: 1_000_000), "超长编码"),
        ("CRLF1", "换行\r\n单位"),
        ("+SUM(A1)", "@SUM(1+1)"),
        (".hidden", "-2+3"),
    ]

    static func csvField(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Q3's sample plus the hostile rows (CRLF line ends for the added CSV rows, LF in the rest).
    static func hostileData() throws -> URL {
        let data = try OutputScan.copyOfSample("2026Q3")
        var units = "", media = ""
        for (id, name) in hostileUnits {
            units += [id, name, "党委", "否", "市级"].map(csvField).joined(separator: ",") + "\r\n"
            media += [id + "-W", id, "网站", name, "https://x.example", "运行", "2020-01-01", ""].map(csvField)
                .joined(separator: ",") + "\r\n"
        }
        try OutputScan.append(units, to: data.appendingPathComponent("units.csv"))
        try OutputScan.append(media, to: data.appendingPathComponent("media.csv"))
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        let posts = [
            #"{"media_id":"KM001-W","published_at":"2026-07-05 10:00","title":"\ud800"}"#,
            #"{"media_id":"KM001-W","published_at":"2026-07-05 10:01","title":"\ud800\udc00 \udfff x"}"#,
            #"{"media_id":"KM001-W","published_at":"2026-07-05 10:02","title":\#(deep)}"#,
            #"{"media_id":"KM001-W","published_at":"2026-07-05 10:03","title":"\#(String(repeating: "大", count: 1_000_000))"}"#,
            #"[1,2,3]"#,
            #"{"media_id":"KM001-W","published_at":"2026-07-05 10:04","title":"crlf"}"# + "\r",
            #"{"media_id":"KM001-W\u0000x","published_at":"2026-07-05 10:05"}"#,
            "\u{FEFF}" + #"{"media_id":"KM001-W","published_at":"2026-07-05 10:06"}"#,
            String(repeating: "{", count: 100_000),
        ]
        try OutputScan.append(posts.joined(separator: "\n") + "\n", to: data.appendingPathComponent("posts.jsonl"))
        return data
    }

    @Test func hostileValuesNeitherCrashNorEscapeTheOutputFolder() throws {
        let data = try Self.hostileData()
        let root = try ProjectPaths.temporaryFolder("assess-hostile")
        let out = root.appendingPathComponent("nest/deeper/out")
        let result = try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", data.path, "--out", out.path,
                                            "--ledger", root.appendingPathComponent("ledger.sqlite").path, "--no-previous"])
        #expect(result.status == 0, "\(result.stderr.prefix(2000))")
        #expect(!result.stderr.contains("Fatal error"))

        // Nothing outside the output folder (beside the ledger), no staging left behind.
        #expect(OutputScan.tree(root).allSatisfy { $0.hasPrefix("ledger.sqlite") || $0.hasPrefix("nest") })
        #expect(OutputScan.tree(root.appendingPathComponent("nest")).allSatisfy { $0.hasPrefix("deeper") })
        #expect(OutputScan.tree(root.appendingPathComponent("nest/deeper")).allSatisfy { $0.hasPrefix("out") })
        #expect(OutputScan.tree(data.deletingLastPathComponent()) .allSatisfy { $0.hasPrefix("2026Q3") })

        // Letter file names: plain, short, no control characters, no leading dot; one per hostile unit.
        let letters = OutputScan.tree(out.appendingPathComponent("letters"))
        for name in letters {
            #expect(!name.hasPrefix(".") && (name.hasSuffix(".md") || name.hasSuffix(".docx")) && name.utf8.count <= 255,
                    "\(name.prefix(80))")
            #expect(!name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == "/" }, "\(name.prefix(80))")
        }
        for expected in ["%2E%2E%2F%2E%2E%2Fevil", "a%2Fb", "KM%00NUL", "MD1", "CRLF1", "%2Bsum", "%2Ehidden"] {
            #expect(letters.contains { $0.lowercased().hasPrefix(expected.lowercased()) }, "no letter for \(expected) in \(letters.map { $0.prefix(40) })")
        }

        // The workbook: every XML member is well-formed, and no cell is a formula.
        let members = try OutputScan.unzip(out.appendingPathComponent("assessment.xlsx"))
        for (name, bytes) in members where name.hasSuffix(".xml") {
            let parser = XMLParser(data: bytes)
            #expect(parser.parse(), "\(name) is not well-formed XML: \(String(describing: parser.parserError))")
            if name.hasPrefix("xl/worksheets/") { #expect(!String(decoding: bytes, as: UTF8.self).contains("<f>")) }
        }
        let shared = String(decoding: members["xl/sharedStrings.xml"] ?? Data(), as: UTF8.self)
        #expect(shared.contains("=cmd|&apos; /C calc&apos;!A0") || shared.contains("=cmd|' /C calc'!A0"))

        // A NUL does not cut a cell short (it shows as U+FFFD); no raw control character reaches a letter.
        #expect(shared.contains("KM\u{FFFD}NUL") && shared.contains("NUL\u{FFFD}单位"))
        for name in letters where name.hasSuffix(".md") {
            let text = try String(contentsOf: out.appendingPathComponent("letters/\(name)"), encoding: .utf8)
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F }, "\(name.prefix(40))")
        }
        // Every Word document's XML is well-formed whatever the names hold.
        for name in letters where name.hasSuffix(".docx") {
            for (member, bytes) in try OutputScan.unzip(out.appendingPathComponent("letters/\(name)")) {
                #expect(XMLParser(data: bytes).parse(), "\(name.prefix(40)) \(member)")
            }
        }

        // Markdown-looking names are escaped in the letter; the rejected JSON rows are listed with reasons.
        let letter = try String(contentsOf: out.appendingPathComponent("letters/MD1.md"), encoding: .utf8)
        #expect(!letter.contains("**粗体**") && !letter.contains("](http://x.example)"))
        let rejects = try String(contentsOf: out.appendingPathComponent("rejects.csv"), encoding: .utf8)
        let postRejects = rejects.split(separator: "\n").filter { $0.hasPrefix("posts.jsonl,") }
        #expect(postRejects.count == 5, "\(postRejects.map { $0.prefix(120) })")
    }
}
