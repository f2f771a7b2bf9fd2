import AssessCore
import Foundation
import Testing
import TestSupport
@testable import AssessPipeline

/// ideology.csv (outputs.md): one row per unit with a non-zero deduction, a one-line basis citing the articles.
@Suite struct IdeologyFeedTests {
    @Test func rowsOnlyForNonZeroDeductionsWithTheArithmeticInTheBasis() async throws {
        let out = try ProjectPaths.temporaryFolder()
        let options = RunOptions(quarter: Quarter("2026Q2")!, dataDirectory: ProjectPaths.sampleData("2026Q2"),
                                 outputDirectory: out.appendingPathComponent("q2"), noPrevious: true, ledgerPath: nil)
        let report = try await AssessmentRun.execute(options, progress: Progress(enabled: false))
        let csv = try String(contentsOf: out.appendingPathComponent("q2/ideology.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\n").dropFirst()
        #expect(rows.count == report.assessment.units.filter { $0.ideologyDeduction != 0 }.count)
        // KM011: a letter (1.00) and a major incident (2.00) — 3.00 in all.
        let km011 = try #require(rows.first { $0.hasPrefix("2026Q2,KM011,") })
        #expect(km011.contains(",letter,3.00,"))
        #expect(km011.contains("第十九条、第二十条") && km011.contains("基础扣1.00分") && km011.contains("合计扣3.00分"))
        #expect(!rows.contains { $0.contains(",none,0.00,") })
    }
}
