import AssessCore
import Foundation
import Testing
@testable import AssessInput

/// The optional reviews table (reviews.md): its reject rules in order, its forms and aliases, and its effect
/// on the findings read.
@Suite struct ReviewsTableTests {
    static let findings = """
        finding_id,media_id,detected_at,category,severity,notified_at,fixed_at
        F1,M1,2026-07-01 09:00,错别字,一般,2026-07-01 09:10,2026-07-01 09:40
        F2,M1,2026-07-02 09:00,错别字,严重,2026-07-02 09:10,
        F3,M2,2026-07-03 09:00,错别字,一般,2026-07-03 09:10,
        F4,M9,2026-07-03 09:00,错别字,一般,2026-07-03 09:10,

        """

    func read(_ reviews: String, name: String = "reviews.csv") throws -> InputResult {
        let dir = try DataDirectory(["findings.csv": Self.findings, name: reviews])
        return try dir.read()
    }

    @Test func voidMakesTheFinding误报AndUpheldChangesNothing() throws {
        let result = try read("""
            review_id,finding_id,outcome,decided_on,reviewer,reason
            R1,F2,撤销,2026-10-12,李四,页面已于通知前更正
            R2,F3,upheld,2026/10/13,,问题属实

            """)
        #expect(!result.rejects.contains { $0.file == "reviews.csv" })
        #expect(result.data.reviews.map(\.id) == ["R1", "R2"])
        #expect(result.data.reviews.map(\.outcome) == [.void, .upheld])
        let verdicts = Dictionary(uniqueKeysWithValues: result.data.findings.map { ($0.id, $0.verdict) })
        #expect(verdicts == ["F1": .valid, "F2": .falsePositive, "F3": .valid])
        let report = try #require(result.files.first { $0.table == "reviews" })
        #expect((report.read, report.accepted, report.rejected) == (2, 2, 0))
    }

    @Test func chineseHeadersAndJSONLinesAreRead() throws {
        let csv = try read("复核编号,问题编号,复核结论,复核日期,复核人,复核理由\nR1,F2,VOID,2026-10-12,张三,错报\n")
        #expect(csv.data.reviews.first?.outcome == .void)
        let jsonl = try read(#"{"review_id":"R1","finding_id":"F2","outcome":"维持","decided_on":"2026-10-12","reason":"属实"}"# + "\n",
                             name: "reviews.jsonl")
        #expect(jsonl.data.reviews.first?.outcome == .upheld)
        #expect(jsonl.files.first { $0.table == "reviews" }?.format == .jsonl)
        let json = try read(#"[{"复核编号":"R1","问题编号":"F3","复核结论":"void","复核日期":"2026/10/12","复核理由":"错报"}]"#,
                            name: "reviews.json")
        #expect(json.data.reviews.first?.outcome == .void)
        #expect(json.data.findings.first { $0.id == "F3" }?.verdict == .falsePositive)
    }

    @Test func gb18030IsRead() throws {
        // "review_id,finding_id,outcome,decided_on,reason\nR1,F2,撤销,2026-10-12,页面已更正\n" in GB18030.
        let head = Array("review_id,finding_id,outcome,decided_on,reason\nR1,F2,".utf8)
        let encoded = Data(head + [0xB3, 0xB7, 0xCF, 0xFA] + Array(",2026-10-12,".utf8)
                           + [0xD2, 0xB3, 0xC3, 0xE6, 0xD2, 0xD1, 0xB8, 0xFC, 0xD5, 0xFD, 0x0A])
        let dir = try DataDirectory(["findings.csv": Self.findings])
        try dir.write("reviews.csv", encoded)
        let result = try dir.read()
        #expect(result.files.first { $0.table == "reviews" }?.encoding == .gb18030)
        #expect(result.data.reviews.first?.reason == "页面已更正")
    }

    @Test func absentTableMeansNoReviewsAndNoWarning() throws {
        let result = try DataDirectory(["findings.csv": Self.findings]).read()
        #expect(result.data.reviews.isEmpty)
        #expect(!result.files.contains { $0.table == "reviews" })
        #expect(!result.warnings.contains {
            guard case let .nearMissFileName(_, tableName, _) = $0 else { return false }
            return tableName == "复核"
        })
        #expect(result.warnings.allSatisfy { $0 == .editorsTableAbsent || $0 == .systemsTableAbsent })
    }

    @Test func rejectsInRuleOrder() throws {
        let result = try read("""
            review_id,finding_id,outcome,decided_on,reviewer,reason
            R1,F2,撤销,2026-10-12,,更正
            R2,F2,维持,2026-10-13,,再次复核
            R1,F3,维持,2026-10-13,,编号重复
            R3,F9,撤销,2026-10-13,,没有这个问题
            R4,F4,撤销,2026-10-13,,被拒收的问题
            R5,F3,作废,2026-10-13,,结论不对
            R6,F3,撤销,2026-10-13,,
            R7,F3,撤销,2026-10-13,,第一次复核F3

            """)
        let byLine = Dictionary(uniqueKeysWithValues: result.rejects.filter { $0.file == "reviews.csv" }.map { ($0.line, $0) })
        #expect(byLine[3]?.column == "finding_id")
        #expect(byLine[3]?.reason.contains("第 2 行的复核“R1”") == true)
        #expect(byLine[4]?.column == "review_id")
        #expect(byLine[4]?.reason.contains("与第 2 行重复") == true)
        #expect(byLine[5]?.column == "finding_id")
        #expect(byLine[5]?.reason.contains("F9") == true)
        #expect(byLine[6]?.reason.contains("findings.csv 中没有被接受的记录") == true)
        #expect(byLine[7]?.column == "outcome")
        #expect(byLine[8]?.column == "reason")
        #expect(byLine.count == 6)
        #expect(result.data.reviews.map(\.id) == ["R1", "R7"])
        let report = try #require(result.files.first { $0.table == "reviews" })
        #expect((report.read, report.accepted, report.rejected) == (8, 2, 6))
    }
}
