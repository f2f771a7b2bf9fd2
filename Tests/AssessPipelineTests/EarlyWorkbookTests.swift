import AssessCore
import AssessInput
import AssessWorkbook
import Foundation
import Testing
import TestSupport
@testable import AssessPipeline

/// The workbook starts from the assessment's basis while the posts are still being read (WorkbookJob): the
/// basis made without posts and inspections gives the same assessment, and the workbook written early is the
/// same file as the one written from the finished assessment.
@Suite struct EarlyWorkbookTests {
    @Test(arguments: ["2026Q2", "2026Q3"])
    func earlyWorkbookIsTheWorkbookOfTheFinishedAssessment(quarter: String) async throws {
        let q = try #require(Quarter(quarter))
        let input = try InputReader(directory: ProjectPaths.sampleData(quarter), quarter: q).read()
        let assessor = Assessor(configuration: .default, calendar: try OfficialCalendar.load())
        var withoutActivity = input.data
        withoutActivity.activity = []
        let basis = assessor.basis(withoutActivity, quarter: q)
        let early = assessor.assess(input.data, basis: basis, previous: nil)
        let direct = assessor.assess(input.data, quarter: q, previous: nil)
        #expect(ScoresFiles.csv(early) == ScoresFiles.csv(direct))
        #expect(basis.units.map(\.unit.id) == direct.units.map(\.unit.id))

        let folder = try ProjectPaths.temporaryFolder()
        let content = WorkbookContent(assessment: direct, configuration: .default, files: input.files,
                                      rejects: input.rejects, trend: [])
        let finished = folder.appendingPathComponent("finished.xlsx")
        let started = folder.appendingPathComponent("early.xlsx")
        try AssessmentWorkbook.write(content, to: finished)
        try await AssessmentWorkbook.write(basis: basis, configuration: .default, to: started) { content }
        #expect(try Data(contentsOf: finished) == Data(contentsOf: started))
    }

    @Test func aFailedHandOverAbandonsTheWorkbook() async throws {
        let q = try #require(Quarter("2026Q3"))
        let input = try InputReader(directory: ProjectPaths.sampleData("2026Q3"), quarter: q).read()
        let basis = Assessor(configuration: .default, calendar: try OfficialCalendar.load()).basis(input.data, quarter: q)
        let file = try ProjectPaths.temporaryFolder().appendingPathComponent("abandoned.xlsx")
        await #expect(throws: CancellationError.self) {
            try await AssessmentWorkbook.write(basis: basis, configuration: .default, to: file) { throw CancellationError() }
        }
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }
}
