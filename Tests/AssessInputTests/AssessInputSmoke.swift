import Testing
@testable import AssessInput

@Suite struct AssessInputSmoke {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
