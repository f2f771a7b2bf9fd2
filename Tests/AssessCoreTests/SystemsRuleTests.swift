import Testing
import TestSupport
@testable import AssessCore

@Suite struct SystemsRuleTests {
    let q3 = Fixtures.quarter("2026Q3")

    @Test func establishedBeforeTheEndDateCounts() {
        let declared = [
            DeclaredSystem(unitID: "U1", system: .threeReview, establishedOn: Fixtures.day("2020-01-01")),
            DeclaredSystem(unitID: "U1", system: .security, establishedOn: Fixtures.day("2026-09-30")),
            DeclaredSystem(unitID: "U1", system: .confidentiality, establishedOn: Fixtures.day("2026-10-01")),
        ]
        let missing = SystemsRule.missing(required: Rules.default.requiredSystems, declared: declared, quarter: q3)
        #expect(missing == [.emergencyResponse, .confidentiality, .contingencyPlan])
    }

    @Test func orderFollowsTheRequiredList() {
        let missing = SystemsRule.missing(required: [.contingencyPlan, .threeReview, .contingencyPlan],
                                          declared: [], quarter: q3)
        #expect(missing == [.contingencyPlan, .threeReview])
    }
}
