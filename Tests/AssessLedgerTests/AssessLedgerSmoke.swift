import Testing
@testable import AssessLedger

@Suite struct AssessLedgerSmoke {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
