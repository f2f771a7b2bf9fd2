import AssessCore
import Foundation
import Testing
import ZIPFoundation
@testable import AssessFuzzEntry
@testable import AssessInput

/// `NAME.xlsx` read as the clerk's export (inputs.md "Excel workbooks"): cells as Excel shows them, into the same
/// validation as CSV, rejects by worksheet row; unreadable workbooks fatal.
@Suite struct XLSXReaderTests {
    typealias X = XLSXFixture

    static let postsHeader = X.row(1, X.text("A1", "媒体编码"), X.text("B1", "发布时间"), X.text("C1", "标题"))

    /// Reads `fixture` as `name` (replacing the CSV of that table) in the small valid quarter.
    func read(_ name: String, _ fixture: XLSXFixture) throws -> (InputResult?, InputError?) {
        let dir = try DataDirectory()
        defer { dir.delete() }
        try? dir.remove(name.replacingOccurrences(of: ".xlsx", with: ".csv"))
        try dir.write(name, fixture.data())
        do {
            return (try dir.read(), nil)
        } catch let error as InputError {
            return (nil, error)
        }
    }

    func posts(_ rows: String...) -> XLSXFixture {
        X(rows: Self.postsHeader + rows.joined(), styleFormats: [0, 14, 22, 165, 166, 49],
          customFormats: [165: #"yyyy"年"m"月"d"日" hh:mm"#, 166: #"[$-804]yyyy/mm/dd;@"#])
    }

    func rejects(_ result: InputResult?, file: String = "posts.xlsx") -> [RejectedRow] {
        (result?.rejects ?? []).filter { $0.file == file }
    }

    // MARK: - Cells

    @Test func dateCellsBecomeChinaTimeTextAndParse() throws {
        // 46204.395833… = 2026-07-01 09:30:00 under a date-time format (22); under a date-only format (14) the
        // row is rejected: published_at needs a time and Excel shows only the date.
        let (result, error) = try read("posts.xlsx", posts(
            X.row(2, X.text("A2", "M1"), X.number("B2", "46204.395833333336", style: 2)),
            X.row(3, X.text("A3", "M2"), X.number("B3", "46204.395833333336", style: 1))))
        #expect(error == nil)
        let rows = rejects(result)
        #expect(rows.map(\.line) == [3])
        #expect(rows.first?.reason.contains("“2026-07-01”不是有效的日期时间") == true)
        #expect(rows.first?.raw == "M2,2026-07-01,")
        #expect(result?.files.first { $0.table == "posts" }?.format == .xlsx)
        #expect(result?.files.first { $0.table == "posts" }?.read == 2)
    }

    @Test func customDateFormatsAreDates() throws {
        #expect(XLSXNumberFormat.custom(#"yyyy"年"m"月"d"日" hh:mm"#) == .dateTime)
        #expect(XLSXNumberFormat.custom("[$-804]yyyy/mm/dd;@") == .date)
        #expect(XLSXNumberFormat.custom("yyyy-mm-dd h:mm:ss AM/PM") == .dateTime)
        #expect(XLSXNumberFormat.custom("[h]:mm") == .dateTime)
        #expect(XLSXNumberFormat.custom(#"0.00"d""#) == .number)
        #expect(XLSXNumberFormat.custom("[Red]#,##0.00") == .number)
        #expect(XLSXNumberFormat.custom(#"\d0"#) == .number)
        #expect(XLSXNumberFormat.custom("General") == .number)
        #expect(XLSXNumberFormat.builtIn(14) == .date && XLSXNumberFormat.builtIn(22) == .dateTime)
        #expect(XLSXNumberFormat.builtIn(49) == .number && XLSXNumberFormat.builtIn(1) == .number)
        // Through the reader: style 3 is a custom date-time, so the post is accepted.
        let (result, error) = try read("posts.xlsx", posts(X.row(2, X.text("A2", "M1"), X.number("B2", "46204.5", style: 3))))
        #expect(error == nil && rejects(result).isEmpty)
        #expect(result?.files.first { $0.table == "posts" }?.accepted == 1)
    }

    @Test func the1904DateSystemShiftsSerials() throws {
        // 44742 in the 1904 system is 2026-07-01 (1462 days less than in the 1900 system).
        for (date1904, serial) in [(false, "46204"), (true, "44742")] {
            var fixture = X(rows: X.row(1, X.text("A1", "media_id"), X.text("B1", "date"), X.text("C1", "items_checked"))
                + X.row(2, X.text("A2", "M1"), X.number("B2", serial, style: 1), X.number("C2", "100")),
                styleFormats: [0, 14])
            fixture.date1904 = date1904
            let (result, error) = try read("inspections.xlsx", fixture)
            #expect(error == nil)
            #expect(rejects(result, file: "inspections.xlsx").isEmpty)
            let activity = try #require(result?.data.activity.first)
            #expect(activity.itemsChecked == 100)
        }
        let out = ByteBuffer(capacity: 32)
        _ = XLSXCellText.appendDate(serial: 44742.5, withTime: true, date1904: true, to: out)
        #expect(ByteText.string(out.bytes) == "2026-07-01 12:00:00")
    }

    @Test func serialsAtTheEdgesShowAsExcelShowsThem() {
        func shown(_ serial: Double, time: Bool = false) -> String? {
            let out = ByteBuffer(capacity: 32)
            guard XLSXCellText.appendDate(serial: serial, withTime: time, date1904: false, to: out) == .shown else { return nil }
            return ByteText.string(out.bytes)
        }
        #expect(shown(1) == "1900-01-01")
        #expect(shown(59) == "1900-02-28")
        #expect(shown(60) == "1900-02-29") // Excel's phantom day: not a real date afterwards
        #expect(shown(61) == "1900-03-01")
        #expect(shown(46204.999999) == "2026-07-02") // rounded to the second
        #expect(shown(46204.999988, time: true) == "2026-07-01 23:59:59")
        #expect(shown(2_958_465) == "9999-12-31")
        #expect(shown(2_958_466) == nil && shown(-1) == nil)
    }

    @Test func numbersShowTheirShortestExactDecimal() {
        func shown(_ v: String) -> String {
            let out = ByteBuffer(capacity: 32)
            Array(v.utf8).withUnsafeBytes { XLSXCellText.appendNumber($0, to: out) }
            return ByteText.string(out.bytes)
        }
        #expect(shown("3") == "3")
        #expect(shown("3.0") == "3")
        #expect(shown("123456789012") == "123456789012")
        #expect(shown("1.23456789012E+11") == "123456789012")
        #expect(shown("1E+16") == "10000000000000000")
        #expect(shown("0.1") == "0.1")
        #expect(shown("1.5E-7") == "0.00000015")
        #expect(shown("-0") == "0")
        #expect(shown("-12.50") == "-12.5")
        #expect(shown("0.30000000000000004") == "0.30000000000000004")
        #expect(shown("12345678901234567890") == "12345678901234567000")
        #expect(shown("abc") == "abc")
    }

    @Test func numbersStoredAsTextStayText() throws {
        // An id typed as text keeps its leading zeros; the same id as a number cell loses them (as in Excel).
        let fixture = X(rows: X.row(1, X.text("A1", "unit_id"), X.text("B1", "name"), X.text("C1", "category"), X.text("D1", "region"))
            + X.row(2, X.text("A2", "007"), X.text("B2", "甲"), X.text("C2", "政府"), X.text("D2", "市级"))
            + X.row(3, X.number("A3", "007"), X.text("B3", "乙"), X.text("C3", "政府"), X.text("D3", "市级"))
            + X.row(4, X.number("A4", "123456789012"), X.text("B4", "丙"), X.text("C4", "政府"), X.text("D4", "市级")))
        let dir = try DataDirectory()
        defer { dir.delete() }
        try dir.remove("units.csv")
        try dir.write("units.xlsx", fixture.data())
        let result = try dir.read()
        let ids = result.data.units.map(\.id)
        #expect(ids.contains("007") && ids.contains("7") && ids.contains("123456789012"))
    }

    @Test func errorCellsAndFormulasWithoutResultRejectTheRow() throws {
        let (result, error) = try read("posts.xlsx", posts(
            X.row(2, X.text("A2", "M1"), #"<c r="B2" t="e"><f>VLOOKUP(A2,X,2,0)</f><v>#N/A</v></c>"#),
            X.row(3, X.text("A3", "M1"), #"<c r="B3" s="2"><f>NOW()</f></c>"#),
            X.row(4, X.text("A4", "M1"), X.number("B4", "46204.5", style: 2), #"<c r="C4" t="e"><v>#DIV/0!</v></c>"#),
            X.row(5, X.text("A5", "M1"), X.number("B5", "46204.5", style: 2), #"<c r="C5" t="str"><f>A5&amp;"x"</f><v>M1x</v></c>"#)))
        #expect(error == nil)
        let rows = rejects(result)
        #expect(rows.map(\.line) == [2, 3, 4])
        #expect(rows[0].column == "published_at" && rows[0].reason.contains("错误值“#N/A”"))
        #expect(rows[0].raw == "M1,#N/A,") // as many fields as the header
        #expect(rows[1].column == "published_at" && rows[1].reason.contains("没有计算结果的公式"))
        #expect(rows[2].column == "title" && rows[2].reason.contains("#DIV/0!"))
    }

    @Test func emptyRowsAreSkippedAndLinesAreWorksheetRows() throws {
        // The header sits on row 3 (two empty rows above it); row 5 has only empty cells; rows are sparse.
        let fixture = X(rows: #"<row r="1"/><row r="2"><c r="A2" s="1"/></row>"#
            + X.row(3, X.text("B3", "媒体编码"), X.text("C3", "发布时间"))
            + X.row(4, X.text("B4", "M1"), X.number("C4", "46204.5", style: 2))
            + X.row(5, #"<c r="B5" t="inlineStr"><is><t></t></is></c>"#)
            + X.row(9, X.text("B9", "M404"), X.number("C9", "46204.5", style: 2)),
            styleFormats: [0, 14, 22])
        let (result, error) = try read("posts.xlsx", fixture)
        #expect(error == nil)
        let report = result?.files.first { $0.table == "posts" }
        #expect(report?.read == 2 && report?.accepted == 1)
        #expect(rejects(result).map(\.line) == [9])
        #expect(rejects(result).first?.raw == ",M404,2026-07-01 12:00:00")
    }

    @Test func sharedInlineBooleanAndRichStringsRead() throws {
        let fixture = X(rows: X.row(1, #"<c r="A1" t="s"><v>0</v></c>"#, #"<c r="B1" t="s"><v>1</v></c>"#, #"<c r="C1" t="s"><v>2</v></c>"#,
                                    X.text("D1", "role"), X.text("E1", "on_staff"))
            + X.row(2, #"<c r="A2" t="s"><v>3</v></c>"#, X.text("B2", "M1"),
                    #"<c r="C2" t="inlineStr"><is><r><t>张</t></r><r><t xml:space="preserve">三</t></r><rPh><t>ちょう</t></rPh></is></c>"#,
                    X.text("D2", "编辑"), #"<c r="E2" t="b"><v>1</v></c>"#)
            + X.row(3, #"<c r="A3" t="s"><v>3</v></c>"#, X.text("C3", "李_x000D_四"), X.text("D3", "editor"),
                    #"<c r="E3" t="b"><v>0</v></c>"#),
            sharedStrings: ["unit_id", "media_id", "name", "U1"])
        let (result, error) = try read("editors.xlsx", fixture)
        #expect(error == nil)
        let editors = result?.data.editors ?? []
        #expect(editors.map(\.name) == ["张三", "李\r四"])
        #expect(editors.map(\.onStaff) == [true, false])
        #expect(rejects(result, file: "editors.xlsx").isEmpty)
    }

    @Test func prefixedElementsAndValuesRightOfTheHeader() throws {
        var fixture = posts(X.row(2, X.text("A2", "M1"), X.number("B2", "46204.5", style: 2), X.text("E2", "多余")))
        fixture.rows = fixture.rows.replacingOccurrences(of: "<row", with: "<x:row").replacingOccurrences(of: "</row", with: "</x:row")
            .replacingOccurrences(of: "<c ", with: "<x:c ").replacingOccurrences(of: "</c>", with: "</x:c>")
            .replacingOccurrences(of: "<v>", with: "<x:v>").replacingOccurrences(of: "</v>", with: "</x:v>")
            .replacingOccurrences(of: "<is>", with: "<x:is>").replacingOccurrences(of: "</is>", with: "</x:is>")
            .replacingOccurrences(of: "<t>", with: "<x:t>").replacingOccurrences(of: "</t>", with: "</x:t>")
        fixture.prefix = "x:"
        let (result, error) = try read("posts.xlsx", fixture)
        #expect(error == nil)
        let rows = rejects(result)
        #expect(rows.map(\.line) == [2])
        #expect(rows.first?.reason.contains("本行有 5 个字段，表头有 3 列") == true)
        #expect(rows.first?.raw == "M1,2026-07-01 12:00:00,,,多余")
    }

    @Test func otherSheetsAreIgnoredWithAWarningNamingThem() throws {
        var fixture = posts(X.row(2, X.text("A2", "M1"), X.number("B2", "46204.5", style: 2)))
        fixture.otherSheets = ["说明", "Sheet3"]
        let (result, _) = try read("posts.xlsx", fixture)
        #expect(result?.warnings.contains(.otherSheetsIgnored(file: "posts.xlsx", firstSheet: "数据",
                                                              otherSheets: ["说明", "Sheet3"])) == true)
    }

    @Test func headerRulesApplyUnchanged() throws {
        let fixture = X(rows: X.row(1, X.text("A1", " media_id "), X.text("B1", "备注"), X.text("C1", "published_at")))
        let (_, error) = try read("findings.xlsx", fixture)
        #expect(error?.message.contains("findings.xlsx") == true && error?.message.contains("finding_id") == true)
        let (result, _) = try read("posts.xlsx", fixture)
        #expect(result?.warnings.contains(.unknownColumn(file: "posts.xlsx", column: "备注")) == true)
        let (_, empty) = try read("posts.xlsx", X(rows: #"<row r="1"/>"#))
        #expect(empty?.message.contains("没有表头行") == true)
    }

    // MARK: - Forms and unreadable workbooks

    @Test func anXLSXBesideTheCSVIsAmbiguous() throws {
        let dir = try DataDirectory()
        defer { dir.delete() }
        try dir.write("posts.xlsx", posts().data())
        let error = try #require(dir.fatal())
        #expect(error.message.contains("posts.csv") && error.message.contains("posts.xlsx"))
    }

    @Test func aWorkbookNamedInAnotherCaseIsReportedNotRead() throws {
        let dir = try DataDirectory()
        defer { dir.delete() }
        try dir.write("Posts.XLSX", posts().data())
        try dir.write("~$posts.xlsx", Data([0])) // Excel's lock file while the workbook is open: not a table
        let result = try dir.read()
        #expect(result.files.first { $0.table == "posts" }?.format == .csv)
        #expect(result.warnings.contains(.nearMissFileName(file: "Posts.XLSX", tableName: "发布记录", expected: "posts.xlsx")))
        #expect(!result.warnings.contains {
            guard case let .nearMissFileName(file, _, _) = $0 else { return false }
            return file == "~$posts.xlsx"
        })
    }

    @Test(arguments: ["ole", "xls-renamed", "truncated", "not-zip", "no-sheet", "empty", "checksum", "unended-stream"])
    func unreadableWorkbooksAreFatalAndSayWhatToDo(_ kind: String) throws {
        let valid = try posts(X.row(2, X.text("A2", "M1"), X.number("B2", "46204.5", style: 2))).data()
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(repeating: 0, count: 512)
        let bytes: Data
        switch kind {
        case "ole", "xls-renamed": bytes = ole
        case "truncated": bytes = valid.prefix(valid.count * 2 / 3)
        case "not-zip": bytes = Data("media_id,published_at\nM1,2026-07-01 08:00\n".utf8)
        case "unended-stream":
            // The sheet's deflate data begins with a stored block that claims 65,535 bytes: the stream cannot end
            // within the entry. ZIPFoundation's extract read on to the end of the file and retried forever (a
            // hang found by fuzzing); the entry's own bytes run out instead.
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("assess-unended-\(UUID().uuidString).xlsx")
            defer { try? FileManager.default.removeItem(at: url) }
            try valid.write(to: url)
            let sheet = try #require(try Archive(url: url, accessMode: .read)["xl/worksheets/sheet1.xml"])
            let start = Int(try #require(ZipEntryData(sheet)).start)
            var broken = valid
            broken.replaceSubrange(start..<start + 5, with: [0x00, 0xFF, 0xFF, 0x00, 0x00])
            bytes = broken
        case "empty": bytes = Data()
        case "checksum":
            // Stored (not deflated) entries, one byte of the sheet changed: only the CRC-32 can tell.
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("assess-crc-\(UUID().uuidString).xlsx")
            defer { try? FileManager.default.removeItem(at: url) }
            try XLSXFixture.zip(posts(X.row(2, X.text("A2", "M1"), X.number("B2", "46204.5", style: 2))).parts(), to: url,
                                compression: .none)
            var stored = try Data(contentsOf: url)
            let at = try #require(stored.range(of: Data("<t>M1</t>".utf8)))
            stored[at.lowerBound + 5] = UInt8(ascii: "2")
            bytes = stored
        default:
            var fixture = posts()
            fixture.rows = ""
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("assess-nosheet-\(UUID().uuidString).xlsx")
            defer { try? FileManager.default.removeItem(at: url) }
            try XLSXFixture.zip(fixture.parts().filter { !$0.0.hasPrefix("xl/worksheets/") }, to: url)
            bytes = try Data(contentsOf: url)
        }
        let dir = try DataDirectory()
        defer { dir.delete() }
        try dir.remove("posts.csv")
        try dir.write("posts.xlsx", bytes)
        let error = try #require(dir.fatal())
        #expect(error.file == "posts.xlsx")
        #expect(error.message.contains("posts.xlsx") && error.message.contains(".xlsx") && error.message.contains("CSV"))
        if kind == "ole" { #expect(error.message.contains("加密")) }
        if kind == "checksum" { #expect(error.message.contains("校验和")) }
        if kind == "unended-stream" { #expect(error.message.contains("xl/worksheets/sheet1.xml 已损坏或不完整")) }
    }

    @Test(arguments: [true, false])
    func entryDataIsLocated(deflated: Bool) throws {
        let compression: CompressionMethod = deflated ? .deflate : .none
        // ZipEntryData reads ZIPFoundation's internal header values by reflection: if another ZIPFoundation
        // stores them differently, this fails (and the reader would fall back to Archive.extract).
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("assess-layout-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try XLSXFixture.zip(posts(X.row(2, X.text("A2", "M1"), X.number("B2", "46204.5", style: 2))).parts(), to: url,
                            compression: compression)
        let archive = try Archive(url: url, accessMode: .read)
        let fd = open(url.path, O_RDONLY)
        defer { close(fd) }
        var entries = 0
        for entry in archive {
            let data = try #require(ZipEntryData(entry))
            #expect(data.method == (deflated ? 8 : 0))
            var expected = Data()
            _ = try archive.extract(entry) { expected.append($0) }
            for chunkSize in [7, 64 << 10] {
                var read = Data()
                try data.read(fd: fd, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize,
                              chunkSize: chunkSize) { read.append(contentsOf: $0) }
                #expect(read == expected, "\(entry.path), chunks of \(chunkSize)")
            }
            entries += 1
        }
        #expect(entries >= 5)
    }

    // MARK: - Streaming

    @Test func chunkedSheetParsingEqualsWholeParsing() throws {
        let rows = Self.postsHeader + (2...200).map { n in
            X.row(n, #"<c r="A\#(n)" t="s"><v>\#(n % 4)</v></c>"#, X.number("B\(n)", "46204.\(n)", style: 2),
                  X.text("C\(n)", "标题 &amp; \(n) <![CDATA[x]]>"))
        }.joined()
        let sheet = "<worksheet><sheetData>\(rows)</sheetData></worksheet>"
        let bytes = Array(sheet.utf8)
        let whole = FuzzEntry.parseSheet(bytes, schema: PostsTable.schema, chunkSize: bytes.count)
        #expect(whole.count == 199)
        for chunk in [1, 2, 7, 64, 4096] {
            #expect(FuzzEntry.parseSheet(bytes, schema: PostsTable.schema, chunkSize: chunk) == whole)
        }
    }

    @Test func oneCellPassEqualsTheEventPath() throws {
        // Whole, most cells take the one-pass path (XLSXSheetParser.quickCell); in 1- to 17-byte chunks every
        // cell goes through the events. Shapes of both kinds, side by side, must read the same either way.
        let header = X.row(1, X.text("A1", "media_id"), X.text("B1", "published_at"), X.text("C1", "title"))
        let rows = [
            X.row(2, X.text("A2", "M1"), X.number("B2", "46204.5", style: 2), X.text("C2", " 标题 & <x> ")),
            X.row(3, #"<c r="A3" s="1"/><c r="B3"></c><c r='C3' t='inlineStr'><is><t xml:space="preserve"> a </t></is></c>"#),
            X.row(4, #"<c r="A4" t="s"><v>3</v></c><c r="B4" s="2" t="n"><v>46204.395833333336</v></c><c r="C4" t="e"><v>#N/A</v></c>"#),
            X.row(5, #"<c r = "A5" t="s"><v>2</v></c><c r="B5" s="2"><f>NOW()</f></c><c r="C5" t="str"><f>A5</f><v>x</v></c>"#),
            X.row(6, #"<c r="A6" t="inlineStr"><is><t>M&#49;_x000D_</t></is></c><c r="B6" s="1"><v>46204</v></c><c r="C6"><v>1E+16</v></c>"#),
            X.row(7, #"<c t="b"><v>1</v></c><c cm="1" r="B7" s="2"><v>-1</v></c><c r="D7" t="inlineStr"><is><t/></is></c><c r="E7"><v>5</v></c>"#),
            X.row(8, #"<c r="A8" t="s"><v>9</v></c><c r="B8" s="2"><v><![CDATA[46204.5]]></v></c><c r="C8"><!-- c --><v>7</v></c>"#),
            "<row r=\"9\">\n  <c r=\"A9\" t=\"inlineStr\">\n    <is><t>M9</t></is>\n  </c>\n</row>",
        ].joined()
        let bytes = Array("<worksheet><sheetData>\(header)\(rows)</sheetData></worksheet>".utf8)
        // Every column read, so that the title's values are compared too (posts never read them: see below).
        let schema = TableSchema(PostsTable.schema.columns.map { ColumnSpec($0.name, $0.alias, $0.presence) })
        let whole = FuzzEntry.parseSheet(bytes, schema: schema, chunkSize: bytes.count)
        #expect(whole == [
            "2|M1,2026-07-01 12:00:00, 标题 & <x> |[M1],[2026-07-01 12:00:00],[标题 & <x>],",
            "3|,, a |∅,∅,[a],",
            "4|KM001-W,2026-07-01 09:30:00,#N/A|[KM001-W],[2026-07-01 09:30:00],##N/A,",
            "5|KM001,,x|[KM001],#,[x],",
            "6|\"M1\r\",2026-07-01,10000000000000000|[M1\r],[2026-07-01],[10000000000000000],",
            "7|true,#######,,,5|count 3 5",
            "8|#REF!,2026-07-01 12:00:00,7|##REF!,[2026-07-01 12:00:00],[7],",
            "9|M9,,|[M9],∅,∅,",
        ])
        for chunk in [1, 2, 5, 17] {
            #expect(FuzzEntry.parseSheet(bytes, schema: schema, chunkSize: chunk) == whole)
        }
    }

    @Test func anUnreadColumnIsDecodedOnlyForARejectsRawRow() throws {
        // Posts' titles are never read (valueRead: false), so the one-pass path keeps their inline strings as
        // written; a rejected row's raw text still shows them decoded, as the event path and CSV do.
        let title = "&#24037;&#20316;&amp;&lt;x&gt;_x000D_, &quot;q&quot;"
        func titleCell(_ row: Int) -> String { #"<c r="C\#(row)" t="inlineStr"><is><t>\#(title)</t></is></c>"# }
        let rows = Self.postsHeader
            + X.row(2, X.text("A2", "M1"), X.number("B2", "46204.5", style: 2), titleCell(2))
            + X.row(3, X.text("A3", "M404"), X.number("B3", "46204.5", style: 2), titleCell(3))
        let sheet = Array("<worksheet><sheetData>\(rows)</sheetData></worksheet>".utf8)
        let whole = FuzzEntry.parseSheet(sheet, schema: PostsTable.schema, chunkSize: sheet.count)
        #expect(whole == [
            "2|M1,2026-07-01 12:00:00,\"工作&<x>\r, \"\"q\"\"\"|[M1],[2026-07-01 12:00:00],[…],",
            "3|M404,2026-07-01 12:00:00,\"工作&<x>\r, \"\"q\"\"\"|[M404],[2026-07-01 12:00:00],[…],",
        ])
        #expect(FuzzEntry.parseSheet(sheet, schema: PostsTable.schema, chunkSize: 3) == whole)

        let (result, error) = try read("posts.xlsx", posts(
            X.row(2, X.text("A2", "M404"), X.number("B2", "46204.5", style: 2), titleCell(2))))
        #expect(error == nil)
        #expect(rejects(result).map(\.raw) == ["M404,2026-07-01 12:00:00,\"工作&<x>\r, \"\"q\"\"\""])
    }
}

@Suite struct CRC32ChecksumTests {
    @Test func matchesTheZipChecksum() {
        func crc(_ text: String, split: Int) -> UInt32 {
            var sum = CRC32Checksum()
            let bytes = Array(text.utf8)
            var start = 0
            while start < bytes.count {
                let end = min(start + split, bytes.count)
                bytes[start..<end].withUnsafeBytes { sum.update($0) }
                start = end
            }
            return sum.value
        }
        #expect(crc("", split: 1) == 0)
        #expect(crc("123456789", split: 9) == 0xCBF4_3926) // the standard check value
        let long = String(repeating: "媒体编码,发布时间\n", count: 100)
        #expect(crc(long, split: 3) == crc(long, split: 5000))
    }
}
