import Testing
@testable import AssessPipeline

@Suite struct AssessPipelineSmoke {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
