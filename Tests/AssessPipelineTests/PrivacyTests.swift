import Foundation
import Testing
import TestSupport

/// Privacy (issue 9): no phone number from the editors input appears unmasked in any output file (the
/// workbook unzipped), in stdout or stderr, of `assess run` and `assess validate`.
@Suite(.serialized) struct PrivacyTests {
    /// Phones in the forms office exports use, added to Q3's editors: accepted rows, and rows rejected
    /// for a bad role (their raw text goes to rejects.csv and the workbook).
    static let oddPhones = ["138-1234-5601", "138 1234 5602", "+86 138 1234 5603", "(0871) 6512 3404", "0871 65123405",
                            "65123406", "8613812345607", "138.1234.5608"]

    static func dataWithOddPhones() throws -> URL {
        let data = try OutputScan.copyOfSample("2026Q3")
        var rows = ""
        for (i, phone) in oddPhones.enumerated() {
            rows += "KM001,,测试\(i),\(i % 2 == 0 ? "编辑" : "不存在的角色"),是,\"\(phone)\"\n"
        }
        try OutputScan.append(rows, to: data.appendingPathComponent("editors.csv"))
        return data
    }

    /// The phone numbers of an editors.csv, as their digits (national number, without a leading 86).
    static func phones(in editors: URL) throws -> Set<String> {
        let text = try String(contentsOf: editors, encoding: .utf8)
        var found = Set<String>()
        for line in text.split(separator: "\n").dropFirst() {
            guard let last = line.split(separator: ",", omittingEmptySubsequences: false).last else { continue }
            var digits = last.filter(\.isASCII).filter(\.isNumber)
            if digits.count == 13, digits.hasPrefix("86") { digits.removeFirst(2) }
            if digits.count >= 7 { found.insert(String(digits)) }
        }
        return found
    }

    /// Names of the texts in which a phone's digits appear (separators `-`, space, `.`, `(`, `)` ignored).
    static func leaks(_ phones: Set<String>, in texts: [String: Data]) -> [String] {
        var leaks: [String] = []
        for (name, bytes) in texts {
            let text = String(decoding: bytes, as: UTF8.self)
            let squeezed = String(text.unicodeScalars.filter { !"- .()\u{3000}".unicodeScalars.contains($0) }.map(Character.init))
            for phone in phones where squeezed.contains(phone) { leaks.append("\(name): \(phone)") }
        }
        return leaks.sorted()
    }

    @Test(arguments: ["2026Q2", "2026Q3", "odd"]) func noPhoneNumberInAnyOutputOrMessage(_ which: String) throws {
        let data = which == "odd" ? try Self.dataWithOddPhones() : ProjectPaths.sampleData(which)
        let quarter = which == "odd" ? "2026Q3" : which
        let phones = try Self.phones(in: data.appendingPathComponent("editors.csv"))
        #expect(phones.count >= 8)
        let root = try ProjectPaths.temporaryFolder("assess-privacy")
        let out = root.appendingPathComponent("out")
        let run = try CommandRun.assess(["run", "--quarter", quarter, "--data", data.path, "--out", out.path,
                                         "--ledger", root.appendingPathComponent("ledger.sqlite").path, "--no-previous"])
        #expect(run.status == 0, "\(run.stderr)")
        let rejects = root.appendingPathComponent("validate-rejects.csv")
        let validate = try CommandRun.assess(["validate", "--data", data.path, "--rejects", rejects.path])
        let strict = try CommandRun.assess(["validate", "--data", data.path, "--strict"])
        var texts = try OutputScan.allOutputBytes(out)
        #expect(texts.count >= 8)
        texts["validate --rejects"] = try Data(contentsOf: rejects)
        for (label, result) in [("run", run), ("validate", validate), ("validate --strict", strict)] {
            texts["\(label) stdout"] = Data(result.stdout.utf8)
            texts["\(label) stderr"] = Data(result.stderr.utf8)
        }
        #expect(Self.leaks(phones, in: texts) == [])
        if which == "odd" {
            // The rejected editors rows are listed (masked), so the data owner can still find them.
            let listed = String(decoding: texts["rejects.csv"] ?? Data(), as: UTF8.self)
            #expect(listed.components(separatedBy: "editors.csv,").count - 1 == Self.oddPhones.count / 2)
        }
    }

    // MARK: - Issue 13: every form through every output

    /// Every form of outputs.md "Personal data", each with its own national number (the digits a leak shows).
    static let everyForm: [(written: String, digits: String)] = [
        ("13812345601", "13812345601"), ("+86 138 1234 5602", "13812345602"), ("0086-138-1234-5603", "13812345603"),
        ("１３８１２３４５６０４", "13812345604"), ("138\u{2010}1234\u{2010}5605", "13812345605"),
        ("138\u{2011}1234\u{2011}5606", "13812345606"), ("138–1234–5607", "13812345607"),
        ("138—1234—5608", "13812345608"), ("１３８－１２３４－５６０９", "13812345609"), ("138.1234.5610", "13812345610"),
        ("138/1234/5611", "13812345611"), ("138 1234 5612", "13812345612"), ("8613912345613", "13912345613"),
        ("＋８６ １５９ ８７６５ ４３１４", "15987654314"),
    ]

    /// Q3 plus, per form, a unit (name), a media (name), an editor (name and phone), an overdue finding
    /// (description), a post (title), and rejected rows whose raw text and reason carry the form; and a file
    /// whose near-miss name (a warning) carries one.
    static func dataWithEveryForm() throws -> URL {
        let data = try OutputScan.copyOfSample("2026Q3")
        var units = "", media = "", editors = "", findings = "", posts = ""
        for (i, form) in everyForm.enumerated() {
            let unit = "KM9\(10 + i)", site = "KM9\(10 + i)-W"
            units += "\(unit),测试单位\(form.written),政府,否,市级\n"
            units += "KM8\(10 + i),拒收单位\(form.written),\(form.written),否,市级\n"  // bad category: quoted in the reason
            media += "\(site),\(unit),网站,测试网站\(form.written),,运行,2020-01-01,\n"
            editors += "\(unit),,编辑\(form.written),编辑,是,\"\(form.written)\"\n"
            findings += "F9-\(i),\(site),2026-08-03 10:00,2026-08-03 10:05,,错别字,一般,,系统扫描,描述\(form.written)\n"
            findings += "F8-\(i),\(site),2026-08-03 10:00,2026-08-03 10:05,,\(form.written),一般,,系统扫描,拒收\n"
            posts += #"{"media_id": "\#(site)", "published_at": "2026-07-0\#(i % 9 + 1) 08:00", "title": "标题\#(form.written)"}"# + "\n"
            posts += #"{"media_id": "\#(site)", "published_at": "\#(form.written)", "title": "标题\#(form.written)"}"# + "\n"
        }
        for (name, rows) in [("units.csv", units), ("media.csv", media), ("editors.csv", editors),
                             ("findings.csv", findings), ("posts.jsonl", posts)] {
            try OutputScan.append(rows, to: data.appendingPathComponent(name))
        }
        try Data("x".utf8).write(to: data.appendingPathComponent("systems.csv.13812345601"))
        return data
    }

    /// The labels of the texts in which a number's digits appear, separators and full-width digits folded.
    static func leaks(of numbers: [String], in texts: [String: Data]) -> [String] {
        let dropped = Set("- .()/+\u{3000}\u{2010}\u{2011}\u{2013}\u{2014}\u{FF0D}\u{FF0E}\u{FF0F}\u{FF0B}\u{00A0}".unicodeScalars)
        var found: [String] = []
        for (name, bytes) in texts {
            var folded = String.UnicodeScalarView()
            for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars where !dropped.contains(scalar) {
                if (0xFF10...0xFF19).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) {
                    folded.append(ascii)
                } else {
                    folded.append(scalar)
                }
            }
            let text = String(folded)
            for number in numbers where text.contains(number) { found.append("\(name): \(number)") }
        }
        return found.sorted()
    }

    @Test func everyFormIsMaskedInEveryOutput() throws {
        let data = try Self.dataWithEveryForm()
        let root = try ProjectPaths.temporaryFolder("assess-privacy-forms")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let run = try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", data.path, "--out", out.path,
                                         "--ledger", root.appendingPathComponent("ledger.sqlite").path, "--no-previous"])
        #expect(run.status == 0, "\(run.stderr)")
        let rejects = root.appendingPathComponent("validate-rejects.csv")
        let validate = try CommandRun.assess(["validate", "--data", data.path, "--rejects", rejects.path, "--show", "1000"])
        let strict = try CommandRun.assess(["validate", "--data", data.path, "--strict"])
        let strictRun = try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", data.path, "--strict", "--no-ledger", "--no-previous",
                                               "--out", root.appendingPathComponent("strict-out").path])
        // An argument error echoes the value it refuses.
        let badQuarter = try CommandRun.assess(["run", "--quarter", "１３８－１２３４－５６０９", "--data", data.path,
                                                "--out", root.appendingPathComponent("x").path])
        #expect(badQuarter.status == 2)
        var texts = try OutputScan.allOutputBytes(out)
        texts["validate --rejects"] = try Data(contentsOf: rejects)
        for (label, result) in [("run", run), ("validate", validate), ("validate --strict", strict), ("run --strict", strictRun),
                                ("bad --quarter", badQuarter)] {
            texts["\(label) stdout"] = Data(result.stdout.utf8)
            texts["\(label) stderr"] = Data(result.stderr.utf8)
        }
        #expect(Self.leaks(of: Self.everyForm.map(\.digits), in: texts) == [])
        // The texts did reach the outputs, masked: the names, the workbook, the letters, the reject listing.
        let scores = String(decoding: texts["scores.csv"] ?? Data(), as: UTF8.self)
        #expect(scores.contains("测试单位138****5601") && scores.contains("测试单位+86 138****5602"))
        #expect(texts.keys.contains { $0.hasPrefix("letters/KM9") })
        let sheets = texts.filter { $0.key.hasPrefix("assessment.xlsx!") }.values.map { String(decoding: $0, as: UTF8.self) }
        #expect(sheets.contains { $0.contains("测试单位138****5604") }, "the full-width form, masked, in the workbook")
        #expect(validate.stdout.contains("138****5603"), "a reject reason quoting the value, masked")
        #expect(run.stderr.contains("systems.csv.138****5601"), "the near-miss warning, masked")
    }
}
