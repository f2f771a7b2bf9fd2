import AssessCore
import Foundation
import Testing
import TestSupport
@testable import AssessPipeline

/// Rules.md "Letters" through the ledger: a rerun keeps every unit's number and gives the next one to a unit
/// that newly needs a letter.
@Suite struct RerunNumberingTests {
    @Test func aUnitThatNewlyTriggersOnARerunGetsTheNextNumber() async throws {
        let root = try ProjectPaths.temporaryFolder()
        let data = root.appendingPathComponent("2026Q3")
        try FileManager.default.copyItem(at: ProjectPaths.sampleData("2026Q3"), to: data)
        let ledger = root.appendingPathComponent("ledger.sqlite")
        func run() async throws -> [String: String] {
            let options = RunOptions(quarter: Quarter("2026Q3")!, dataDirectory: data,
                                     outputDirectory: root.appendingPathComponent("out"), noPrevious: true,
                                     ledgerPath: ledger)
            let report = try await AssessmentRun.execute(options, progress: Progress(enabled: false))
            return report.assessment.units.reduce(into: [:]) { $0[$1.unit.id] = $1.letterNumber?.description }
        }
        let first = try await run()
        #expect(first["KM001"] == nil)
        // KM001 loses every declared system: it now triggers 制度不健全 and needs a letter.
        let systems = data.appendingPathComponent("systems.csv")
        let kept = try String(contentsOf: systems, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("KM001,") }.joined(separator: "\n")
        try Data(kept.utf8).write(to: systems)
        let second = try await run()
        for (unit, number) in first { #expect(second[unit] == number, "\(unit) kept its number") }
        let highest = first.values.compactMap { Int($0.split(separator: "〕").last?.dropLast() ?? "") }.max() ?? 0
        #expect(second["KM001"] == "昆网信函〔2026〕\(highest + 1)号")
    }
}
