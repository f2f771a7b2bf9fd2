import AssessCore
import Foundation
import Testing
import TestSupport
@testable import AssessPipeline

/// `--timings` shows the ledger's own work (its rows and its commit) as a line of its own after 登记台账, and
/// only when there is a ledger.
@Suite struct LedgerTimingTests {
    func stages(ledger: Bool) async throws -> [String] {
        let out = try ProjectPaths.temporaryFolder("assess-timings")
        let options = RunOptions(quarter: Quarter("2026Q2")!, dataDirectory: ProjectPaths.sampleData("2026Q2"),
                                 outputDirectory: out.appendingPathComponent("out"), noPrevious: true,
                                 ledgerPath: ledger ? out.appendingPathComponent("ledger.sqlite") : nil)
        let progress = Progress(enabled: false)
        _ = try await AssessmentRun.execute(options, progress: progress)
        return progress.timings.map(\.stage)
    }

    @Test func theLedgerStepHasALineOfItsOwn() async throws {
        let stages = try await stages(ledger: true)
        let recorded = try #require(stages.firstIndex(of: "登记台账"))
        #expect(stages.dropFirst(recorded + 1).first == AssessmentRun.ledgerLine)
        #expect(stages.starts(with: ["读取配置", "读取数据", "评分与决定", "写出结果"]))
    }

    @Test func withoutALedgerThereIsNoLedgerLine() async throws {
        let stages = try await stages(ledger: false)
        #expect(stages.contains("登记台账"))
        #expect(!stages.contains(AssessmentRun.ledgerLine))
    }
}
