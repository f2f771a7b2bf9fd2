import Testing
@testable import AssessCore

/// The annual roll-up (year.md): sums of the printed quarterly deductions, the annual cap, the latest quarter's
/// registry data, missing quarters, groups and units named repeatedly.
@Suite struct YearRollUpTests {
    static func result(_ quarter: String, _ unit: String, name: String = "单位", category: String = "党政机关",
                       region: String = "五华区", supervisor: String = "五华区人民政府办公室", score: String = "90.00",
                       decision: Decision = .noAction, deduction: String = "0.00", letter: String = "") -> RecordedResult {
        RecordedResult(quarter: Quarter(quarter)!, unitID: unit, unitName: name, category: category, region: region,
                       supervisor: supervisor, printedScore: score, triggers: [], decision: decision,
                       printedIdeologyDeduction: deduction, letterNumber: letter)
    }

    static let fullYear = ["2026Q1", "2026Q2", "2026Q3", "2026Q4"].compactMap(Quarter.init)

    @Test func annualDeductionIsTheSumOfThePrintedQuarters() {
        let results = [
            Self.result("2026Q1", "A", decision: .letter, deduction: "1.00"),
            Self.result("2026Q2", "A", decision: .notice, deduction: "3.10"),
            Self.result("2026Q4", "A", decision: .notice, deduction: "5.20"),
            Self.result("2026Q2", "B"),
        ]
        let rollUp = YearRollUp(year: 2026, recordedQuarters: Self.fullYear, results: results, configuration: .default)
        let a = try! #require(rollUp.units.first)
        #expect(a.deductionSum == 930 && a.annualDeduction == 930 && !a.isCapped)
        #expect(a.letters == 1 && a.notices == 2)
        #expect(a.quarters[2] == nil && a.quarters[1]?.decision == .notice)
        #expect(AnnualColumn.allCases.map { $0.printed(a, year: 2026) }
                == ["2026", "A", "单位", "五华区人民政府办公室", "1.00", "3.10", "", "5.20", "1", "2", "9.30"])
        #expect(rollUp.repeatedNotices.map(\.unitID) == ["A"])
        #expect(rollUp.missingQuarters.isEmpty && rollUp.missingNote == nil)
        #expect(rollUp.quarterTotals.map(\.units) == [1, 2, 0, 1])
    }

    @Test func theAnnualCapCutsTheSumPerCategory() {
        var configuration = Configuration.default
        configuration.rules.ideology.annualCap = 5
        var school = configuration.rules
        school.ideology.annualCap = 2.5
        configuration.categoryRules[.school] = school
        let results = [
            Self.result("2026Q1", "A", deduction: "3.00"), Self.result("2026Q2", "A", deduction: "3.00"),
            Self.result("2026Q1", "S", category: "党政机关", deduction: "3.00"),
            // The category of the latest quarter decides.
            Self.result("2026Q3", "S", category: UnitCategory.school.chinese, deduction: "0.00"),
            Self.result("2026Q1", "U", deduction: "4.99"),
        ]
        let rollUp = YearRollUp(year: 2026, recordedQuarters: Self.fullYear, results: results,
                                configuration: configuration)
        let byID = Dictionary(uniqueKeysWithValues: rollUp.units.map { ($0.unitID, $0) })
        #expect(byID["A"]?.annualDeduction == 500 && byID["A"]?.deductionSum == 600 && byID["A"]?.isCapped == true)
        #expect(byID["S"]?.annualDeduction == 250 && byID["S"]?.annualCap == 250)
        #expect(byID["U"]?.annualDeduction == 499 && byID["U"]?.isCapped == false)
        #expect(rollUp.totalDeduction == 1249)
    }

    @Test func nameRegionAndSupervisorComeFromTheLatestQuarter() {
        let results = [
            Self.result("2026Q1", "A", name: "旧名", region: "盘龙区", supervisor: "甲"),
            Self.result("2026Q3", "A", name: "新名", region: "官渡区", supervisor: "乙"),
            Self.result("2025Q4", "A", name: "去年", region: "西山区", supervisor: "丙", deduction: "9.00"),
        ]
        let rollUp = YearRollUp(year: 2026, recordedQuarters: Self.fullYear, results: results, configuration: .default)
        #expect(rollUp.units.count == 1)
        #expect(rollUp.units.first.map { [$0.unitName, $0.region, $0.supervisor] } == ["新名", "官渡区", "乙"])
        #expect(rollUp.units.first?.annualDeduction == 0, "another year's quarter is not counted")
    }

    @Test func missingQuartersAreNamedAndLeftEmpty() {
        let recorded = ["2026Q1", "2026Q3"].compactMap(Quarter.init)
        let results = [Self.result("2026Q1", "A", deduction: "1.00"), Self.result("2026Q3", "A", deduction: "2.00")]
        let rollUp = YearRollUp(year: 2026, recordedQuarters: recorded, results: results, configuration: .default)
        #expect(rollUp.missingQuarters.map(\.description) == ["2026Q2", "2026Q4"])
        #expect(rollUp.missingNote?.contains("2026年第2季度、2026年第4季度") == true)
        #expect(rollUp.units.first.map { AnnualColumn.q2.printed($0, year: 2026) } == "")
        #expect(rollUp.units.first?.annualDeduction == 300)
    }

    @Test func unitsSortInByteOrderAndGroupsPutTheCityFirst() {
        let results = [
            Self.result("2026Q1", "b", region: "五华区", score: "80.00", decision: .letter, deduction: "1.00"),
            Self.result("2026Q1", "B", region: "市级", score: "90.00"),
            Self.result("2026Q2", "B", region: "市级", score: "70.00"),
            Self.result("2026Q1", "a", region: "五华区", score: "100.00"),
        ]
        let rollUp = YearRollUp(year: 2026, recordedQuarters: Self.fullYear, results: results, configuration: .default)
        #expect(rollUp.units.map(\.unitID) == ["B", "a", "b"])
        #expect(rollUp.regions.map(\.name) == ["市级", "五华区"])
        let wuhua = rollUp.regions[1]
        #expect(wuhua.units == 2 && wuhua.letters == 1 && wuhua.totalDeduction == 100)
        #expect(wuhua.averageScores == [90, nil, nil, nil])
        #expect(rollUp.regions[0].averageScores == [90, 70, nil, nil])
        var configured = Configuration.default
        configured.regionOrder = ["五华区"]
        let ordered = YearRollUp(year: 2026, recordedQuarters: Self.fullYear, results: results, configuration: configured)
        #expect(ordered.regions.map(\.name) == ["五华区", "市级"], "the configured administrative order")
    }
}
