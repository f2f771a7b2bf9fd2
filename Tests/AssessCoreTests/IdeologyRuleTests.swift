import Testing
@testable import AssessCore

@Suite struct IdeologyRuleTests {
    let rules = Rules.default.ideology

    @Test(arguments: [
        (Decision.noAction, 0, 0.0), (.letter, 0, 1), (.notice, 0, 3), (.noAction, 2, 4), (.letter, 2, 5),
        (.notice, 3, 9), (.notice, 4, 10), (.letter, 9, 10),
    ])
    func baseAndMajorIncidentsCapped(decision: Decision, majors: Int, expected: Double) {
        #expect(IdeologyRule.deduction(decision: decision, majorIncidents: majors, rules: rules) == expected)
    }
}
