import AssessCore
import Foundation
import Testing
import TestSupport
@testable import AssessInput

/// A run reads the registry and the findings first (the workbook starts from them), then the posts and
/// inspections; the result is the same as reading everything at once.
@Suite struct FindingsFirstTests {
    @Test func findingsFirstThenActivityGivesTheSameResult() throws {
        let reader = InputReader(directory: ProjectPaths.sampleData("2026Q3"), quarter: Quarter("2026Q3"))
        let first = try reader.readRegistryAndFindings()
        let staged = try reader.readActivity(after: first)
        let plain = try reader.read()
        #expect(first.data.findings.map(\.id) == plain.data.findings.map(\.id))
        #expect(first.data.units.map(\.id) == plain.data.units.map(\.id))
        #expect(first.data.activity.allSatisfy { $0.postsInQuarter == 0 && $0.itemsChecked == 0 })
        #expect(staged.data.findings.map(\.id) == plain.data.findings.map(\.id))
        #expect(staged.data.activity.map(\.postsInQuarter) == plain.data.activity.map(\.postsInQuarter))
        #expect(staged.data.activity.map(\.itemsChecked) == plain.data.activity.map(\.itemsChecked))
        #expect(staged.files.map(\.path) == plain.files.map(\.path))
        #expect(staged.files.map(\.accepted) == plain.files.map(\.accepted))
        #expect(staged.rejects.count == plain.rejects.count)
        #expect(staged.warnings == plain.warnings)
    }

    @Test func theFirstHalfCarriesTheReviewsEffect() throws {
        let reader = InputReader(directory: ProjectPaths.sampleData("2026Q3"), quarter: Quarter("2026Q3"))
        let first = try reader.readRegistryAndFindings()
        #expect(!first.data.reviews.isEmpty)
        #expect(first.data.findings.map(\.verdict) == (try reader.read()).data.findings.map(\.verdict))
    }
}
