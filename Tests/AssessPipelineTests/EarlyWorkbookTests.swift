import AssessCore
import AssessInput
@testable import AssessWorkbook
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

    /// A constant-memory workbook whose later sheets (总览, 单位评分, 更新情况 …) are written by the task that
    /// finished the assessment (`LaterSheets`) is the very file written by one thread; so is one whose offer came
    /// too late, written by the workbook's thread itself.
    @Test(arguments: [true, false])
    func laterSheetsWrittenBesideGiveTheSameFile(offeredInTime: Bool) async throws {
        let (basis, content) = try Self.sample()
        let folder = try ProjectPaths.temporaryFolder()
        let one = folder.appendingPathComponent("one-thread.xlsx")
        let two = folder.appendingPathComponent("two-threads.xlsx")
        try await AssessmentWorkbook.write(basis: basis, configuration: .default, to: one, maxRowsPerSheet: 1_048_576,
                                           later: nil, constantMemory: true) { content }
        let later = LaterSheets()
        if !offeredInTime { #expect(!later.writeIfOffered(content)) }
        try await AssessmentWorkbook.write(basis: basis, configuration: .default, to: two, maxRowsPerSheet: 1_048_576,
                                           later: later, constantMemory: true) {
            // The finishing task runs elsewhere; 问题明细 is written by now, so a timely offer is there to claim.
            let written = await Task.detached { later.writeIfOffered(content) }.value
            #expect(written == offeredInTime)
            return written ? nil : content
        }
        #expect(try Data(contentsOf: one) == Data(contentsOf: two))
    }

    /// The earliest the later sheets can be claimed — between 问题明细's second and third data rows — gives the
    /// file of one thread too: 问题明细's formats are numbered by then, the later sheets' follow in their order.
    @Test func laterSheetsWrittenBetweenTwoRowsGiveTheSameFile() async throws {
        let (basis, content) = try Self.sample()
        #expect(basis.units.reduce(0) { $0 + $1.findings.count } > 2)
        let folder = try ProjectPaths.temporaryFolder()
        let one = folder.appendingPathComponent("one-thread.xlsx")
        let interleaved = folder.appendingPathComponent("interleaved.xlsx")
        try await AssessmentWorkbook.write(basis: basis, configuration: .default, to: one, maxRowsPerSheet: 1_048_576,
                                           later: nil, constantMemory: true) { content }
        try await AssessmentWorkbook.write(basis: basis, configuration: .default, to: interleaved,
                                           maxRowsPerSheet: 1_048_576, later: LaterSheets(writingAtOffer: content),
                                           constantMemory: true) { nil }
        #expect(try Data(contentsOf: one) == Data(contentsOf: interleaved))
    }

    /// A workbook that is not in constant-memory mode (shared strings, one table for both threads) offers nothing.
    @Test func aSmallWorkbookWritesItsLaterSheetsItself() async throws {
        let (basis, content) = try Self.sample()
        let file = try ProjectPaths.temporaryFolder().appendingPathComponent("small.xlsx")
        let later = LaterSheets()
        try await AssessmentWorkbook.write(basis: basis, configuration: .default, to: file, later: later) {
            #expect(!later.writeIfOffered(content))
            return content
        }
        #expect(FileManager.default.fileExists(atPath: file.path))
    }

    /// When the later sheets fail where they are written beside, the workbook's thread abandons the file.
    @Test func laterSheetsThatFailAbandonTheWorkbook() async throws {
        let (basis, content) = try Self.sample()
        var broken = content
        broken.extraSheets = [SheetTable(name: "复核[不允许的名称]", headers: ["甲"], rows: [])]
        let handed = broken
        let file = try ProjectPaths.temporaryFolder().appendingPathComponent("failed.xlsx")
        let later = LaterSheets()
        var failed = false
        do {
            try await AssessmentWorkbook.write(basis: basis, configuration: .default, to: file, maxRowsPerSheet: 1_048_576,
                                               later: later, constantMemory: true) {
                let written = await Task.detached { later.writeIfOffered(handed) }.value
                #expect(written)
                return written ? nil : handed
            }
        } catch {
            failed = true
        }
        #expect(failed)
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    static func sample() throws -> (AssessmentBasis, WorkbookContent) {
        let q = try #require(Quarter("2026Q3"))
        let input = try InputReader(directory: ProjectPaths.sampleData("2026Q3"), quarter: q).read()
        let assessor = Assessor(configuration: .default, calendar: try OfficialCalendar.load())
        let basis = assessor.basis(input.data, quarter: q)
        let assessment = assessor.assess(input.data, basis: basis, previous: nil)
        return (basis, WorkbookContent(assessment: assessment, configuration: .default, files: input.files,
                                       rejects: input.rejects, trend: []))
    }
}
