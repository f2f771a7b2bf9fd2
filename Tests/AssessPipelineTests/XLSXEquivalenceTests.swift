import AssessCore
import Foundation
import Testing
import TestSupport
@testable import AssessPipeline

/// Both SampleData quarters with every CSV table converted to an Excel workbook by an independent writer
/// (openpyxl, through tools/csv_to_xlsx.py: dates and date-times as date cells, counts as numbers, ids as text),
/// run side by side with the files as they are: the same scores, decisions, rejects (by row) and letters.
@Suite(.serialized) struct XLSXEquivalenceTests {
    static let openpyxlAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import openpyxl"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    static let quarters = ["2026Q2", "2026Q3"]

    @Test(.enabled(if: openpyxlAvailable, "python3 with openpyxl is missing: run `bash scripts/ensure-deps.sh --test`"))
    func sampleQuartersAsWorkbooksGiveTheSameResults() async throws {
        let root = try ProjectPaths.temporaryFolder("assess-xlsx-equivalence")
        defer { try? FileManager.default.removeItem(at: root) }
        var converted = 0
        for side in ["as-is", "xlsx"] {
            for quarter in Self.quarters {
                let data = root.appendingPathComponent("\(side)/data/\(quarter)")
                try FileManager.default.createDirectory(at: data.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: ProjectPaths.sampleData(quarter), to: data)
                if side == "xlsx" { converted += try Self.convertCSVTables(in: data) }
            }
            let ledger = root.appendingPathComponent("\(side)/ledger.sqlite")
            for quarter in Self.quarters {
                let options = RunOptions(quarter: Quarter(quarter)!, dataDirectory: root.appendingPathComponent("\(side)/data/\(quarter)"),
                                         outputDirectory: root.appendingPathComponent("\(side)/out/\(quarter)"),
                                         noPrevious: quarter == "2026Q2", ledgerPath: ledger)
                _ = try await AssessmentRun.execute(options, progress: Progress(enabled: false))
            }
        }
        #expect(converted == 14) // Q2: 7 CSV tables (inspections already .xlsx); Q3: 7 (reviews.csv included)
        for quarter in Self.quarters {
            let asIs = root.appendingPathComponent("as-is/out/\(quarter)")
            let xlsx = root.appendingPathComponent("xlsx/out/\(quarter)")
            for name in ["scores.csv", "scores.json", "ideology.csv", "compliance.csv"] {
                let a = try Data(contentsOf: asIs.appendingPathComponent(name))
                let b = try Data(contentsOf: xlsx.appendingPathComponent(name))
                #expect(a == b, "\(quarter)/\(name) differs between CSV and xlsx inputs")
            }
            let snapshot = ProjectPaths.root.appendingPathComponent("Tests/AssessPipelineTests/Snapshots/\(quarter)/scores.csv")
            #expect(try Data(contentsOf: xlsx.appendingPathComponent("scores.csv")) == Data(contentsOf: snapshot))
            #expect(try Self.rejectsByRow(asIs) == Self.rejectsByRow(xlsx))
            #expect(OutputScan.tree(asIs.appendingPathComponent("letters")) == OutputScan.tree(xlsx.appendingPathComponent("letters")))
            let countsAsIs = try Self.inputCounts(asIs), countsXLSX = try Self.inputCounts(xlsx)
            #expect(countsAsIs.map(\.counts) == countsXLSX.map(\.counts))
            #expect(countsXLSX.allSatisfy { $0.format == "xlsx" || $0.format.hasPrefix("json") })
        }
    }

    /// broken/rejects (every reject reason) through `assess validate`, as CSV and as workbooks: the same rejects
    /// row by row — but for the one a sheet cannot express: a CSV row with fewer fields than the header is a
    /// field-count reject, while a worksheet row simply has empty cells there (rule 1, a required value absent).
    @Test(.enabled(if: openpyxlAvailable, "python3 with openpyxl is missing: run `bash scripts/ensure-deps.sh --test`"))
    func everyRejectReasonReadsTheSameFromWorkbooks() throws {
        let root = try ProjectPaths.temporaryFolder("assess-xlsx-rejects")
        defer { try? FileManager.default.removeItem(at: root) }
        let csv = root.appendingPathComponent("csv"), xlsx = root.appendingPathComponent("xlsx")
        try FileManager.default.copyItem(at: ProjectPaths.sampleData("broken/rejects"), to: csv)
        try FileManager.default.copyItem(at: ProjectPaths.sampleData("broken/rejects"), to: xlsx)
        #expect(try Self.convertCSVTables(in: xlsx) == 7)
        var rows: [[String]] = []
        for data in [csv, xlsx] {
            let rejects = root.appendingPathComponent("rejects-\(data.lastPathComponent).csv") // not inside the data folder
            let run = try CommandRun.assess(["validate", "--data", data.path, "--rejects", rejects.path])
            #expect(run.status == 0, "\(run.stderr)")
            rows.append(try Self.rejectsByRow(data.appendingPathComponent(".."), file: rejects))
        }
        let shortRow = "findings|11||"
        let asCSV = rows[0].filter { !$0.hasPrefix(shortRow) }, asXLSX = rows[1].filter { !$0.hasPrefix("findings|11|") }
        #expect(rows[0].count == 44 && rows[1].count == 44, "\(rows[0].count) \(rows[1].count)")
        #expect(asCSV == asXLSX, "\(Set(asCSV).symmetricDifference(asXLSX))")
        #expect(rows[0].contains { $0.hasPrefix(shortRow) && $0.contains("本行有 5 个字段") })
        #expect(rows[1].contains { $0.hasPrefix("findings|11|notified_at|") && $0.contains("缺少必填值") })
    }

    /// Converts every `NAME.csv` of `folder` to `NAME.xlsx` (and removes the CSV); returns how many.
    static func convertCSVTables(in folder: URL) throws -> Int {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }.sorted()
        for name in names {
            let table = String(name.dropLast(4))
            let source = folder.appendingPathComponent(name)
            let target = folder.appendingPathComponent("\(table).xlsx")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", ProjectPaths.root.appendingPathComponent("tools/csv_to_xlsx.py").path, table,
                                 source.path, target.path]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let message = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0, "csv_to_xlsx.py failed: \(String(decoding: message, as: UTF8.self))")
            try FileManager.default.removeItem(at: source)
        }
        return names.count
    }

    /// rejects.csv rows as `table|line|column|reason` (the file's extension and the raw text differ by form).
    static func rejectsByRow(_ out: URL, file: URL? = nil) throws -> [String] {
        let text = try String(contentsOf: file ?? out.appendingPathComponent("rejects.csv"), encoding: .utf8)
        return CSVRows.parse(text).dropFirst().map { fields in
            let table = fields[0].split(separator: ".").first.map(String.init) ?? fields[0]
            let reason = fields[3].replacingOccurrences(of: ".xlsx", with: ".csv") // messages name the other table's file
            return [table, fields[1], fields[2], reason].joined(separator: "|")
        }
    }

    /// Per input table of manifest.json: its format and `read/accepted/rejected`.
    static func inputCounts(_ out: URL) throws -> [(format: String, counts: String)] {
        let data = try Data(contentsOf: out.appendingPathComponent("manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let inputs = try #require(manifest["inputs"] as? [[String: Any]])
        return inputs.map { input in
            let counts = ["table", "rows_read", "rows_accepted", "rows_rejected"].map { "\(input[$0] ?? "")" }.joined(separator: "/")
            return ("\(input["format"] ?? "")", counts)
        }
    }
}

/// A minimal RFC 4180 reader for the run's own CSV outputs (quoted fields may hold commas and line breaks).
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let c = pending {
            pending = iterator.next()
            if quoted {
                if c == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else if c != "\r" {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
