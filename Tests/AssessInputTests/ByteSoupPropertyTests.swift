import AssessFuzzEntry
import AssessInput
import Foundation
import PropertyBased
import Testing

/// Property (issue 9): for arbitrary byte soup read as any table, CSV or JSON Lines, the reader never traps,
/// and per file read = accepted + rejected, every accepted row is kept (FuzzEntry checks both), or the file
/// is refused with a message.
@Suite struct ByteSoupPropertyTests {
    static let tables = ["units", "media", "editors", "systems", "complaints", "findings", "inspections", "posts"]

    /// Pieces that matter to the parsers, so the soup often forms rows: separators, quotes, line ends,
    /// JSON punctuation, a BOM, Chinese text, invalid UTF-8 and GB18030 bytes, real ids and values.
    static let pieces: [[UInt8]] = [
        ",", "\"", "\n", "\r\n", "\r", " ", "{", "}", "[", "]", ":", "\\", "\\u", "d800", "null", "true",
        "\u{FEFF}", "中文", "KM001", "KM001-W", "2026-05-01", "2026-05-01 09:00", "12", "是", "网站", "错别字",
        "\"media_id\"", "\"unit_id\"",
    ].map { Array($0.utf8) } + [[0xFF], [0x80], [0xC3], [0xB0, 0xA1], [0x81, 0x30, 0x81, 0x30], [0x00]]

    /// A header the table accepts, so that rows are really loaded.
    static let headers: [String: String] = [
        "units": "unit_id,name,category,admin_function,region",
        "media": "media_id,unit_id,kind,name,address,status,opened_on,closed_on",
        "editors": "unit_id,media_id,name,role,on_staff,phone",
        "systems": "unit_id,system,established_on,document",
        "complaints": "complaint_id,unit_id,media_id,received_at,substantiated,channel",
        "findings": "finding_id,media_id,detected_at,notified_at,fixed_at,category,severity,verdict,source,description",
        "inspections": "media_id,date,items_checked",
        "posts": "media_id,published_at,title",
    ]

    static let soup = Gen.int(in: 0..<pieces.count).array(of: 0...80).map { $0.flatMap { pieces[$0] } }

    @Test func csvByteSoupKeepsReadEqualToAcceptedPlusRejected() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0..<8), Gen.bool, Self.soup) { t, withHeader, body in
            let table = Self.tables[t]
            let bytes = (withHeader ? Array(((Self.headers[table] ?? "") + "\n").utf8) : []) + body
            let counts = FuzzEntry.readTable(bytes, tableName: table, format: .csv)
            #expect(counts.map { $0.read == $0.accepted + $0.rejected } == true)
            #expect(counts.map { $0.kept == nil || $0.kept == $0.accepted } == true)
        }
    }

    @Test func jsonLinesByteSoupKeepsReadEqualToAcceptedPlusRejected() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0..<8), Self.soup) { t, body in
            let counts = FuzzEntry.readTable(body, tableName: Self.tables[t], format: .jsonl)
            #expect(counts.map { $0.read == $0.accepted + $0.rejected } == true)
            // JSON Lines never refuses a whole file unless it is neither UTF-8 nor GB18030.
            if let fatal = counts?.fatal { #expect(fatal.contains("编码") || fatal.contains("GB18030"), "\(fatal)") }
        }
    }

    @Test func rawBytesNeverTrapEitherForm() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0..<8), Gen.uint8().array(of: 0...200)) { t, bytes in
            for format in FuzzEntry.Format.allCases {
                let counts = FuzzEntry.readTable(bytes, tableName: Self.tables[t], format: format)
                #expect(counts.map { $0.read == $0.accepted + $0.rejected } == true)
            }
        }
    }
}
