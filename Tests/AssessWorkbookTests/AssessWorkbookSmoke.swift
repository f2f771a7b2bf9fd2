import Testing
@testable import AssessWorkbook

@Suite struct AssessWorkbookSmoke {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
