import AssessCore
import AssessSample
import Foundation
import Testing
import TestSupport

/// Four small generated quarters of 2026, each run by the real `assess run` into its own folder, all through one
/// ledger: what `assess year` and `assess history` read.
struct YearFixture: Sendable {
    let root: URL
    let ledger: URL
    let quarters = ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]

    /// Arguments a quarter needs when the ledger does not have the quarter before it (the first quarter ever
    /// recorded, or the quarter after a missing one) and no `--previous` is given.
    static let withoutPreviousArguments = ["--no-previous"]

    static func make() throws -> YearFixture {
        let root = try ProjectPaths.temporaryFolder("year")
        let fixture = YearFixture(root: root, ledger: root.appendingPathComponent("ledger.sqlite"))
        for (index, quarter) in fixture.quarters.enumerated() {
            try fixture.run(quarter, ledger: fixture.ledger, out: fixture.output(quarter), withoutPrevious: index == 0)
        }
        return fixture
    }

    /// Generates `quarter`'s data (once) and runs it into `out` through `ledger`.
    func run(_ quarter: String, ledger: URL, out: URL, withoutPrevious: Bool) throws {
        let data = root.appendingPathComponent("data-\(quarter)")
        if !FileManager.default.fileExists(atPath: data.path), let q = Quarter(quarter) {
            // Different seeds: names and regions change between quarters, as registries do.
            _ = try SampleGenerator(units: 40, media: 70, quarter: q, seed: UInt64(q.number) + 6).write(to: data)
        }
        let arguments = ["run", "--quarter", quarter, "--data", data.path, "--out", out.path, "--ledger", ledger.path]
            + (withoutPrevious ? Self.withoutPreviousArguments : [])
        let result = try CommandRun.assess(arguments)
        guard result.status == 0 else { throw RunFailed(quarter: quarter, stderr: result.stderr) }
    }

    struct RunFailed: Error { var quarter: String; var stderr: String }

    func output(_ quarter: String) -> URL { root.appendingPathComponent(quarter) }

    /// A quarter's ideology.csv rows by unit id.
    func ideology(_ quarter: String) throws -> [String: (deduction: String, decision: String)] {
        let table = try CSVTable(output(quarter).appendingPathComponent("ideology.csv"))
        var rows: [String: (String, String)] = [:]
        for row in table.rows { rows[row["unit_id"] ?? ""] = (row["ideology_deduction"] ?? "", row["decision"] ?? "") }
        return rows
    }

    /// A quarter's scores.csv rows by unit id.
    func scores(_ quarter: String) throws -> [String: (name: String, supervisor: String, score: String, decision: String)] {
        let table = try CSVTable(output(quarter).appendingPathComponent("scores.csv"))
        var rows: [String: (String, String, String, String)] = [:]
        for row in table.rows {
            rows[row["unit_id"] ?? ""] = (row["unit_name"] ?? "", row["supervisor"] ?? "", row["score"] ?? "",
                                          row["decision"] ?? "")
        }
        return rows
    }

    /// A unit of the last quarter whose name no other unit's name (in any quarter) contains, with that name.
    func uniqueUnit() throws -> (String, String) {
        let all = try quarters.flatMap { quarter in try scores(quarter).map { ($0.key, $0.value.name) } }
        let latest = try scores("2026Q4").sorted { $0.key < $1.key }
        for (id, row) in latest where row.name.count > 4 {
            let part = String(row.name.suffix(row.name.count - 3))
            if all.allSatisfy({ $0.0 == id || !$0.1.contains(part) }) { return (id, row.name) }
        }
        throw NoUniqueUnit()
    }

    struct NoUniqueUnit: Error {}

    /// The id of some unit whose name contains `part`.
    func someUnitWith(_ part: String) throws -> String {
        try scores("2026Q4").first { $0.value.name.contains(part) }?.key ?? "?"
    }
}

/// A small RFC 4180 reader for the outputs the tests compare (quoted fields, LF or CRLF).
struct CSVTable {
    var header: [String]
    var rows: [[String: String]]

    init(_ url: URL, skippingLines skip: Int = 0) throws {
        var text = try String(contentsOf: url, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var records = CSVTable.parse(text)
        records.removeFirst(min(skip, records.count))
        let names = records.first ?? []
        header = names
        rows = records.dropFirst().map { fields in
            Dictionary(zip(names, fields), uniquingKeysWith: { a, _ in a })
        }
    }

    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar?
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field); field = ""
            } else if c == "\n" {
                fields.append(field); records.append(fields); fields = []; field = ""
            } else if c != "\r" {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !fields.isEmpty { fields.append(field); records.append(fields) }
        return records
    }
}

/// ideology-{year}.csv by unit id (a partial year's note line skipped), with its header line and row order.
struct AnnualRows {
    var header: String
    var order: [String]
    var byUnit: [String: [String: String]]

    init(_ url: URL) throws {
        var text = try String(contentsOf: url, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let skip = text.hasPrefix("注意") ? 1 : 0
        let table = try CSVTable(url, skippingLines: skip)
        header = table.header.joined(separator: ",")
        order = table.rows.map { $0["unit_id"] ?? "" }
        byUnit = Dictionary(table.rows.map { ($0["unit_id"] ?? "", $0) }, uniquingKeysWith: { a, _ in a })
    }
}

/// The text cells of an xlsx package (its shared strings), read with `unzip`.
enum XLSXText {
    static func sharedStrings(_ workbook: Data) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("year-\(UUID().uuidString).xlsx")
        try workbook.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-p", file.path, "xl/sharedStrings.xml"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = CommandRun.readAll(out)
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
