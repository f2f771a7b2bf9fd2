import AssessCore
@testable import AssessDocuments
import AssessInput
import Foundation
import Testing
import TestSupport
@testable import AssessReports

/// What one letter costs, split into its steps (docs/PERFORMANCE.md "Letters").
///
/// Opt-in: runs only when `ASSESS_BENCH_DATA` names a data directory made by `assess sample` (quarter 2026Q3);
/// renders every letter of that quarter on one thread, without writing files, and prints the time per letter.
@Suite struct LetterBenchmark {
    static let data = ProcessInfo.processInfo.environment["ASSESS_BENCH_DATA"]

    @Test(.enabled(if: data != nil))
    func letterSpeed() throws {
        let quarter = try #require(Quarter("2026Q3"))
        let input = try InputReader(directory: URL(fileURLWithPath: Self.data ?? "."), quarter: quarter).read()
        let assessment = Assessor(configuration: .default, calendar: try OfficialCalendar.load())
            .assess(input.data, quarter: quarter, previous: nil)
        let inputs = ReportInputs(assessment: assessment, configuration: .default, files: input.files,
                                  rejectedRows: input.rejects.count, trend: [])
        let renderer = try ReportRenderer(templates: ProjectPaths.root.appendingPathComponent("Templates"))
        let units = assessment.units.filter { $0.decision != .noAction }

        var start = Date()
        let models = units.map { renderer.letterModel(for: $0, inputs) }
        let modelSeconds = Date().timeIntervalSince(start)
        start = Date()
        let trees = models.map(\.templateValue)
        let treeSeconds = Date().timeIntervalSince(start)
        start = Date()
        var bytes = 0
        for tree in trees { bytes += try renderer.letterTemplate.render(tree).utf8.count }
        let renderSeconds = Date().timeIntervalSince(start)
        start = Date()
        for tree in trees { bytes -= renderer.letterTemplate.mustache.render(tree.any).utf8.count }
        let mustacheSeconds = Date().timeIntervalSince(start)
        #expect(bytes == 0, "the compiled template and swift-mustache differ")

        // The Word document of each letter, from its rendered text: read the parts, write the XML, zip.
        let texts = try trees.map { try renderer.letterTemplate.render($0) }
        let writer = try DocxWriter(settings: .default)
        start = Date()
        let documents = try texts.map { try OfficialDocument(markdown: $0, kind: .letter) }
        let readSeconds = Date().timeIntervalSince(start)
        start = Date()
        var xmlBytes = 0
        let xmls = documents.map { DocumentXML.bytes($0) }
        for xml in xmls { xmlBytes += xml.count }
        let xmlSeconds = Date().timeIntervalSince(start)
        var zipSeconds: [PackageAppender.Compression: Double] = [:]
        var zipBytes: [PackageAppender.Compression: Int] = [:]
        for compression in [PackageAppender.Compression.stored, .deflated] {
            start = Date()
            var total = 0
            for xml in xmls { total += try writer.package.appending(xml, at: "word/document.xml", compression: compression).count }
            zipSeconds[compression] = Date().timeIntervalSince(start)
            zipBytes[compression] = total
        }
        start = Date()
        var docxBytes = 0
        for document in documents { docxBytes += try writer.docx(document).count }
        let docxSeconds = Date().timeIntervalSince(start)

        func perLetter(_ seconds: Double) -> String { String(format: "%.3f ms", seconds * 1000 / Double(units.count)) }
        print("BENCH letters \(units.count)")
        print("BENCH model \(perLetter(modelSeconds)) · tree \(perLetter(treeSeconds)) · render \(perLetter(renderSeconds))"
              + " · total \(perLetter(modelSeconds + treeSeconds + renderSeconds)) per letter"
              + " (swift-mustache would render in \(perLetter(mustacheSeconds)))")
        let count = max(1, units.count)
        print("BENCH docx: read \(perLetter(readSeconds)) · XML and zip \(perLetter(docxSeconds)) per letter"
              + " (XML alone \(perLetter(xmlSeconds)), \(xmlBytes / count) bytes),"
              + " \(docxBytes / count) bytes a letter")
        print("BENCH zip alone: stored \(perLetter(zipSeconds[.stored] ?? 0)) (\((zipBytes[.stored] ?? 0) / count) bytes)"
              + " · deflated \(perLetter(zipSeconds[.deflated] ?? 0)) (\((zipBytes[.deflated] ?? 0) / count) bytes)")
    }
}
