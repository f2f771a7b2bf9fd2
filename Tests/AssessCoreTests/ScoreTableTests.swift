import Testing
import TestSupport
@testable import AssessCore

@Suite struct ScoreTableTests {
    @Test func columnsInOutputsOrder() {
        #expect(ScoreTable.columns.count == 33)
        #expect(ScoreTable.columns.first == "quarter")
        #expect(ScoreTable.columns[11] == "error_rate_permille")
        #expect(ScoreTable.columns.last == "letter_no")
        let header: String = "quarter,unit_id,unit_name,category,region,supervisor,"
            + "media_count,unmonitored_media,items_checked,errors,serious_errors,error_rate_permille,max_silent_days,"
            + "inactive_media,findings_due,late_fixes,late_serious,unfixed_overdue,missing_systems,staffing_gaps,"
            + "complaints,major_incidents,deduction_error,deduction_inactivity,deduction_late,deduction_systems,"
            + "deduction_complaints,score,triggers,previous_decision,decision,ideology_deduction,letter_no"
        #expect(ScoreTable.columns.joined(separator: ",") == header)
    }

    func unit(rate: Double?, previous: PreviousResult?, letter: LetterNumber?) -> UnitAssessment {
        var m = UnitMetrics()
        m.mediaCount = 2
        m.itemsChecked = 3
        m.errors = 1
        m.errorRatePermille = rate
        m.missingSystems = [.threeReview, .contingencyPlan]
        return UnitAssessment(
            unit: Unit(id: "U1", name: "五华区人民政府", category: .government, region: "五华区"),
            supervisor: "五华区人民政府办公室", metrics: m,
            deductions: Deductions(error: 25, inactivity: 0, late: -0.0, systems: 6, complaints: 0),
            score: 69, triggers: [.errorRate, .missingSystems], previous: previous, decision: .letter,
            ideologyDeduction: 1, letterNumber: letter, evidence: UnitEvidence())
    }

    @Test func fieldsOfAUnit() {
        let u = unit(rate: 1000.0 / 3.0, previous: PreviousResult(printedScore: "88.00", triggers: [], decision: .noAction),
                     letter: LetterNumber(prefix: "昆网信函", year: 2026, sequence: 7))
        let fields = ScoreTable.fields(of: u, quarter: Fixtures.quarter("2026Q3"))
        #expect(fields.count == ScoreTable.columns.count)
        #expect(fields.map(\.csvText) == [
            "2026Q3", "U1", "五华区人民政府", "政府", "五华区", "五华区人民政府办公室", "2", "0", "3", "1", "0", "333.33",
            "0", "0", "0", "0", "0", "0", "three_review;contingency_plan", "0", "0", "0",
            "25.00", "0.00", "0.00", "6.00", "0.00", "69.00", "error_rate;missing_systems", "none", "letter", "1.00",
            "昆网信函〔2026〕7号",
        ])
        #expect(fields[11] == .decimal("333.33"))
        #expect(fields[18] == .list(["three_review", "contingency_plan"]))
    }

    @Test func emptyFields() {
        let fields = ScoreTable.fields(of: unit(rate: nil, previous: nil, letter: nil), quarter: Fixtures.quarter("2026Q3"))
        #expect(fields[11] == .empty)
        #expect(fields[29] == .empty)
        #expect(fields[32] == .empty)
        #expect(ScoreField.list([]).csvText == "")
    }
}
