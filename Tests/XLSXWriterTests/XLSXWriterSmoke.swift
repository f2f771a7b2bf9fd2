import Testing
@testable import XLSXWriter

@Suite struct XLSXWriterSmoke {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
