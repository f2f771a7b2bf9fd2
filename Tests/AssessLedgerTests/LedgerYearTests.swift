import AssessCore
import Foundation
import Testing
@testable import AssessLedger

private typealias F = LedgerFixtures

/// The reading queries of the year and of `assess history` (Ledger+Year, Ledger+UnitSearch).
@Suite struct LedgerYearTests {
    func unit(_ id: String, _ name: String, decision: Decision = .noAction) -> UnitAssessment {
        var unit = F.unit(id, score: decision == .noAction ? 95 : 70, triggers: decision == .noAction ? [] : [.inactivity],
                          decision: decision, letter: decision == .noAction ? nil : F.letter(Int(id.utf8.first ?? 0)))
        unit.unit.name = name
        return unit
    }

    func ledger() throws -> Ledger {
        let ledger = try Ledger(path: try F.ledgerPath())
        let quarters: [(String, [UnitAssessment])] = [
            ("2025Q4", [unit("A", "五华区教育体育局")]),
            ("2026Q1", [unit("A", "五华区教育体育局", decision: .letter), unit("B", "盘龙区教育体育局")]),
            ("2026Q3", [unit("A", "五华区教育局"), unit("B", "盘龙区教育体育局"), unit("C", "A")]),
        ]
        for (quarter, units) in quarters {
            let assessment = F.assessment(quarter, units)
            try ledger.record(F.run(assessment), assessment: assessment, beforeCommit: {})
        }
        // A rerun of 2026Q1: the year reads its result, not the first run's.
        let rerun = F.assessment("2026Q1", [unit("A", "五华区教育体育局", decision: .letter), unit("B", "盘龙区教育体育局")])
        try ledger.record(F.run(rerun), assessment: rerun, beforeCommit: {})
        return ledger
    }

    @Test func theYearsQuartersAndResults() throws {
        let ledger = try ledger()
        #expect(try ledger.recordedQuarters(in: 2026).map(\.description) == ["2026Q1", "2026Q3"])
        #expect(try ledger.recordedQuarters(in: 2025).map(\.description) == ["2025Q4"])
        let results = try ledger.results(in: 2026)
        #expect(results.map { "\($0.quarter) \($0.unitID)" } == ["2026Q1 A", "2026Q1 B", "2026Q3 A", "2026Q3 B", "2026Q3 C"])
        let a = try #require(results.first)
        #expect(a.decision == .letter && a.printedIdeologyDeduction == "1.00" && a.printedScore == "70.00")
        #expect(a.letterNumber.hasPrefix("昆网信函〔2026〕") && a.region == "五华区" && a.category == "政府")
        #expect(try ledger.results(ofUnit: "A").map(\.quarter.description) == ["2025Q4", "2026Q1", "2026Q3"])
        #expect(try ledger.results(of: Quarter("2026Q3")!).map(\.unitName) == ["五华区教育局", "盘龙区教育体育局", "A"])
    }

    @Test func aUnitIsFoundByIdThenNameThenPart() throws {
        let ledger = try ledger()
        #expect(try ledger.findUnit("B") == .found("B"))
        // "A" is both an id and another unit's name: the id wins.
        #expect(try ledger.findUnit("A") == .found("A"))
        // An old name still finds the unit; a full name wins over units that merely contain it.
        #expect(try ledger.findUnit("五华区教育体育局") == .found("A"))
        #expect(try ledger.findUnit(" 盘龙区 ") == .found("B"))
        guard case .ambiguous(let candidates) = try ledger.findUnit("教育") else {
            Issue.record("教育 matches two units")
            return
        }
        #expect(candidates == [UnitCandidate(unitID: "A", latestName: "五华区教育局", latestQuarter: "2026Q3"),
                               UnitCandidate(unitID: "B", latestName: "盘龙区教育体育局", latestQuarter: "2026Q3")])
        #expect(try ledger.findUnit("官渡区") == UnitSearch.none)
        #expect(try ledger.findUnit("  ") == UnitSearch.none)
        #expect(try ledger.findUnit("%") == UnitSearch.none, "no SQL wildcard")
    }
}
