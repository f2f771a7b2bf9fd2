import Testing
@testable import AssessReports

@Suite struct AssessReportsSmoke {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
