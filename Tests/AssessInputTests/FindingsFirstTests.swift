import AssessCore
import Foundation
import Testing
import TestSupport
@testable import AssessInput

/// A caller waiting for the findings (the workbook) gets them once, before posts and inspections, and the result
/// is the same as reading without it.
@Suite struct FindingsFirstTests {
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [QuarterData] = []
        func add(_ data: QuarterData) { lock.withLock { seen.append(data) } }
        var all: [QuarterData] { lock.withLock { seen } }
    }

    @Test func findingsComeOnceAndTheResultIsUnchanged() throws {
        let reader = InputReader(directory: ProjectPaths.sampleData("2026Q3"), quarter: Quarter("2026Q3"))
        let calls = Calls()
        let withCallback = try reader.read(onFindings: { calls.add($0) })
        let plain = try reader.read()
        let early = try #require(calls.all.count == 1 ? calls.all.first : nil)
        #expect(early.findings.map(\.id) == plain.data.findings.map(\.id))
        #expect(early.units.map(\.id) == plain.data.units.map(\.id))
        #expect(early.activity.allSatisfy { $0.postsInQuarter == 0 && $0.itemsChecked == 0 })
        #expect(withCallback.data.activity.map(\.postsInQuarter) == plain.data.activity.map(\.postsInQuarter))
        #expect(withCallback.files.map(\.accepted) == plain.files.map(\.accepted))
        #expect(withCallback.rejects.count == plain.rejects.count)
    }
}
