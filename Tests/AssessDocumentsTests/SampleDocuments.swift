import Foundation
import TestSupport

/// SampleData's 2026Q2 and 2026Q3 run once through the built `assess` (one ledger), shared by the golden tests:
/// Q3's letters and notice as `.md` and `.docx`, and Q2's scores for the earlier letters' numbers.
enum SampleDocuments {
    struct Outputs: Sendable {
        var q2: URL
        var q3: URL
    }

    static let outputs: Result<Outputs, Error> = Result {
        let folder = try ProjectPaths.temporaryFolder("assess-documents")
        let ledger = folder.appendingPathComponent("ledger.sqlite").path
        var result = Outputs(q2: folder.appendingPathComponent("2026Q2"), q3: folder.appendingPathComponent("2026Q3"))
        for (quarter, out, first) in [("2026Q2", result.q2, ["--no-previous"]), ("2026Q3", result.q3, [])] {
            // The letters as first issued: without 2026Q3's reviews (reviews.md), which withdraw KM016's letter.
            let data = folder.appendingPathComponent("data/\(quarter)")
            try FileManager.default.createDirectory(at: data.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: ProjectPaths.sampleData(quarter), to: data)
            try? FileManager.default.removeItem(at: data.appendingPathComponent("reviews.csv"))
            let run = try CommandRun.assess(["run", "--quarter", quarter, "--data", data.path,
                                             "--out", out.path, "--ledger", ledger] + first)
            guard run.status == 0 else { throw RunFailed(message: run.stderr) }
        }
        result.q3.standardize()
        return result
    }

    struct RunFailed: Error { var message: String }

    static func q3(_ path: String) throws -> URL { try outputs.get().q3.appendingPathComponent(path) }

    static func markdown(_ path: String) throws -> String { try String(contentsOf: try q3(path), encoding: .utf8) }

    /// Every Q3 `.docx` as python-docx reads it, read once.
    static let documents: Result<[String: ReadDocx], Error> = Result {
        let paths = try ["notice.docx"] + letterUnits().map { "letters/\($0).docx" }
        let read = try ReadDocx.read(try paths.map(q3))
        var byPath: [String: ReadDocx] = [:]
        for path in paths { byPath[path] = read[try q3(path).path] }
        return byPath
    }

    static func docx(_ path: String) throws -> ReadDocx {
        guard let doc = try documents.get()[path] else { throw RunFailed(message: "no \(path)") }
        return doc
    }

    /// Every Q3 letter's unit id.
    static func letterUnits() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: try q3("letters").path)
            .filter { $0.hasSuffix(".docx") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// A Q2 `scores.csv` column by unit id.
    static func q2Scores(_ column: String) throws -> [String: String] {
        try scores(try outputs.get().q2, column)
    }

    /// A Q3 `scores.csv` column by unit id.
    static func q3Scores(_ column: String) throws -> [String: String] {
        try scores(try outputs.get().q3, column)
    }

    private static func scores(_ folder: URL, _ column: String) throws -> [String: String] {
        let text = try String(contentsOf: folder.appendingPathComponent("scores.csv"), encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        let header = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard let id = header.firstIndex(of: "unit_id"), let wanted = header.firstIndex(of: column) else { return [:] }
        var values: [String: String] = [:]
        for line in lines {
            // SampleData quotes one unit name with a comma; the columns wanted here come after it only by count.
            let fields = csvFields(line)
            if fields.count > max(id, wanted) { values[fields[id]] = fields[wanted] }
        }
        return values
    }

    private static func csvFields(_ line: String) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() } else if character == "," && !quoted {
                fields.append(current)
                current = ""
            } else { current.append(character) }
        }
        return fields + [current]
    }
}
