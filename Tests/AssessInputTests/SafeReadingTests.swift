import AssessCore
import Foundation
import Testing
@testable import AssessInput

/// Issue 13, readers: a table is never read as zero rows or skipped without a word (inputs.md "Validation").
@Suite struct SafeReadingTests {
    // MARK: - Line ends

    /// The same tables with every line end a lone CR (old Mac/Excel exports) read exactly as with LF.
    @Test(arguments: ["\r", "\r\n"]) func loneCRAndCRLFFilesReadLikeLF(_ lineEnd: String) throws {
        let lf = try DataDirectory()
        defer { lf.delete() }
        var files: [String: String] = [:]
        for (name, text) in [("units.csv", DataDirectory.units), ("media.csv", DataDirectory.media),
                             ("findings.csv", DataDirectory.findings), ("inspections.csv", DataDirectory.inspections),
                             ("posts.csv", DataDirectory.posts)] {
            files[name] = text.replacingOccurrences(of: "\n", with: lineEnd)
        }
        let other = try DataDirectory(files)
        defer { other.delete() }
        let expected = try lf.read()
        let result = try other.read()
        #expect(result.files.map(\.read) == expected.files.map(\.read))
        #expect(result.rejects.isEmpty)
        #expect(result.data.units == expected.data.units && result.data.media == expected.data.media)
        #expect(result.data.findings == expected.data.findings && result.data.activity == expected.data.activity)
    }

    @Test func aQuotedLineBreakInACRFileIsDataAndLinesCount() throws {
        let posts = "media_id,published_at,title\r\"M1\",2026-07-01 08:00,\"两\r行\"\rM9,2026-07-02 08:00,x\r"
        let dir = try DataDirectory(["posts.csv": posts])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(dir.report("posts", in: result)?.read == 2)
        #expect(result.rejects.map(\.line) == [4], "the row after a two-line row starts on physical line 4")
    }

    @Test func jsonLinesWithLoneCR() throws {
        let lines = #"{"media_id":"M1","published_at":"2026-07-01 08:00"}"# + "\r" + #"{"media_id":"M2","published_at":"2026-07-02 08:00"}"# + "\r"
        let dir = try DataDirectory(["posts.jsonl": lines], omitting: ["posts.csv"])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(dir.report("posts", in: result)?.read == 2)
        #expect(result.rejects.isEmpty)
    }

    // MARK: - Unreadable table files

    @Test func aDanglingLinkIsFatalNotAbsent() throws {
        let dir = try DataDirectory()
        defer { dir.delete() }
        try FileManager.default.createSymbolicLink(atPath: dir.url.appendingPathComponent("systems.csv").path,
                                                   withDestinationPath: "/nonexistent/systems.csv")
        let error = try #require(dir.fatal())
        #expect(error.file == "systems.csv")
        #expect(error.message.contains("systems.csv") && error.message.contains("链接"))
    }

    @Test func aFolderNamedLikeATableIsFatal() throws {
        let dir = try DataDirectory(omitting: ["findings.csv"])
        defer { dir.delete() }
        try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("findings.csv"),
                                                withIntermediateDirectories: false)
        let error = try #require(dir.fatal())
        #expect(error.message.contains("findings.csv") && error.message.contains("文件夹"))
    }

    @Test func aPipeNamedLikeATableIsFatalAndDoesNotHang() throws {
        let dir = try DataDirectory()
        defer { dir.delete() }
        #expect(mkfifo(dir.url.appendingPathComponent("complaints.csv").path, 0o644) == 0)
        let error = try #require(dir.fatal())
        #expect(error.message.contains("complaints.csv") && error.message.contains("不是普通文件"))
    }

    // MARK: - Near-miss names

    @Test(arguments: [("Findings.CSV", "findings.csv"), ("complaints.json.txt", "complaints.json"),
                      ("SYSTEMS.csv", "systems.csv"), ("posts.jsonl.bak", "posts.jsonl")])
    func aNearMissNameIsReported(_ name: String, _ expected: String) throws {
        let dir = try DataDirectory()
        defer { dir.delete() }
        try dir.write(name, Data("x\n".utf8))
        let warnings = try dir.read().warnings
        #expect(warnings.contains {
            guard case let .nearMissFileName(file, _, wanted) = $0 else { return false }
            return file == name && wanted == expected
        }, "\(warnings)")
    }

    @Test func aMissingRequiredTableWithANearMissSaysWhatToRename() throws {
        let dir = try DataDirectory(omitting: ["findings.csv"])
        defer { dir.delete() }
        try dir.write("Findings.CSV", Data(DataDirectory.findings.utf8))
        let error = try #require(dir.fatal())
        #expect(error.message.contains("Findings.CSV") && error.message.contains("改名为 findings.csv"))
    }

    // MARK: - Zero rows

    @Test func aHeaderOnlyRequiredTableIsFine() throws {
        let dir = try DataDirectory(["findings.csv": "finding_id,media_id,detected_at,category,severity,notified_at\n"])
        defer { dir.delete() }
        #expect(try dir.read().data.findings.isEmpty)
    }

    /// A stray quote at the end of the header swallows the whole file into one header field: the parser sees
    /// zero rows, the file holds two, and that is fatal rather than an empty table.
    @Test func aRequiredTableReadAsZeroRowsWhileItsFileHoldsDataIsFatal() throws {
        let findings = "finding_id,media_id,detected_at,category,severity,notified_at,\"备注\n"
            + "F1,M1,2026-07-01 09:00,错别字,一般,2026-07-01 09:10,\nF2,M1,2026-07-01 09:00,错别字,一般,2026-07-01 09:10,\n"
        let dir = try DataDirectory(["findings.csv": findings])
        defer { dir.delete() }
        let error = try #require(dir.fatal())
        #expect(error.file == "findings.csv")
        #expect(error.message.contains("findings.csv") && error.message.contains("2 行内容"))
    }

    @Test func contentLinesCountEveryLineEnd() throws {
        let dir = try DataDirectory()
        defer { dir.delete() }
        try dir.write("x.csv", Data("\u{FEFF}a,b\r1,2\n\n  \r\n3,4".utf8))
        #expect(ContentLines.count(path: dir.url.appendingPathComponent("x.csv").path) == 3)
    }

    // MARK: - items_checked

    @Test(arguments: [("1000000", true), ("1000001", false), ("9223372036854775807", false),
                      ("99999999999999999999", false), ("-1", false), ("0", true)])
    func itemsCheckedRange(_ items: String, _ accepted: Bool) throws {
        let dir = try DataDirectory(["inspections.csv": "media_id,date,items_checked\nM1,2026-07-01,\(items)\n"])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.rejects.isEmpty == accepted)
        if !accepted { #expect(result.rejects.first?.column == "items_checked") }
        if items == "1000001" { #expect(result.rejects.first?.reason.contains("超出范围") == true) }
    }

    /// Many maximal rows of one media add up without overflow (and the sum is exact).
    @Test func maximalItemsAddUpExactly() throws {
        var text = "media_id,date,items_checked\n"
        for day in 1...31 { text += "M1,2026-07-\(day < 10 ? "0" : "")\(day),1000000\n" }
        let dir = try DataDirectory(["inspections.csv": text])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.rejects.isEmpty)
        #expect(result.data.activity[0].itemsChecked == 31_000_000)
    }

    // MARK: - Rejected rows keep their unit

    @Test func rejectedRowsKeepTheirRawUnitAndMedia() throws {
        let systems = "unit_id,system,established_on\nU1,不存在的制度,2026-01-01\n"
        let findings = DataDirectory.findings + "F2,M2,不是时间,错别字,一般,2026-07-01 09:10,\nF3,MX,2026-07-01 09:00,错别字,一般,2026-07-01 09:10,\n"
        let media = DataDirectory.media + "M3,U2,不存在的类型,x,运行,,\n"
        let posts = DataDirectory.posts + "M3,不是时间,标题\nM1,2026-07-03 08:00\n"
        let dir = try DataDirectory(["systems.csv": systems, "findings.csv": findings, "media.csv": media, "posts.csv": posts])
        defer { dir.delete() }
        let result = try dir.read()
        let issues = result.dataIssues
        #expect(issues.text(for: "U1") == "拒收 systems 1 行")
        #expect(issues.text(for: "U2") == "拒收 media 1 行、findings 1 行、posts 1 行")
        #expect(DataIssues.text(issues.unattributed) == "拒收 findings 1 行、posts 1 行",
                "an unknown media and a row with the wrong field count have no unit")
    }
}
