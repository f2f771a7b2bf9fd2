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
}
