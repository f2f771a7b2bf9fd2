import AssessCore
import Foundation
import Testing
@testable import AssessWorkbook

/// Opt-in: `ASSESS_BENCH=1` writes a synthetic quarter of about 7 million cells and prints cells/s
/// (see docs/PERFORMANCE.md, "Workbook").
@Suite struct WorkbookBenchmark {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ASSESS_BENCH"] == "1"))
    func sevenMillionCells() throws {
        let units = Int(ProcessInfo.processInfo.environment["ASSESS_BENCH_UNITS"] ?? "") ?? 4_000
        let content = WorkbookFixture.content(findingsPerUnit: 96, extraUnits: units)
        let a = content.assessment
        let findings = a.units.reduce(0) { $0 + $1.evidence.findings.count }
        let media = a.units.reduce(0) { $0 + $1.evidence.media.count }
        let decisions = a.units.filter { $0.decision != .noAction }.count
        let cells = findings * FindingsSheet.headers.count + media * ActivitySheet.headers.count
            + a.units.count * ScoresSheet.headers.count + (a.units.count * 5 + media) * SystemsSheet.headers.count
            + decisions * DecisionsSheet.headers.count
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("assess-bench.xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let clock = ContinuousClock()
        let elapsed = try clock.measure { try AssessmentWorkbook.write(content, to: url) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let bytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        print("workbook bench: \(a.units.count) units, \(findings) findings, \(cells) cells, "
              + "constant memory \(AssessmentWorkbook.estimatedRows(content) > AssessmentWorkbook.constantMemoryRowThreshold), "
              + "\(String(format: "%.2f", seconds)) s, \(Int(Double(cells) / seconds)) cells/s, \(bytes / 1_000_000) MB file")
        #expect(cells > 0)
    }
}
