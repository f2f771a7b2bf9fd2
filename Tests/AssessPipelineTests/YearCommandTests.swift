import AssessCore
import AssessSample
import Foundation
import Testing
import TestSupport

/// `assess year` and `assess history` as a clerk runs them (real processes): four generated quarters through one
/// ledger, then the year's figures against the quarters' own ideology.csv files (year.md).
@Suite(.serialized) struct YearCommandTests {
    /// Four small quarters of 2026, run in order through one ledger, made once for the suite.
    static let year: YearFixture? = try? YearFixture.make()

    func fixture() throws -> YearFixture { try #require(Self.year, "the four quarters could not be run") }

    @Test func annualFiguresAreTheSumsOfTheQuartersIdeologyRows() throws {
        let f = try fixture()
        let out = f.root.appendingPathComponent("year-full")
        let run = try CommandRun.assess(["year", "--year", "2026", "--out", out.path, "--ledger", f.ledger.path])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try AnnualRows(out.appendingPathComponent("ideology-2026.csv"))
        #expect(rows.header == "year,unit_id,unit_name,supervisor,q1,q2,q3,q4,letters,notices,annual_deduction")
        // Every unit with a result in any quarter: those of scores.csv.
        let assessed = try Set(f.quarters.flatMap { try f.scores($0).keys })
        #expect(Set(rows.byUnit.keys) == assessed)
        #expect(rows.order == rows.order.sorted { $0.precedesInByteOrder($1) })
        var deducted = 0
        for (unit, row) in rows.byUnit {
            var sum = 0
            for (index, quarter) in f.quarters.enumerated() {
                let ideology = try f.ideology(quarter)[unit]
                let scores = try f.scores(quarter)[unit]
                // ideology.csv lists non-zero deductions only; a unit assessed without one shows 0.00.
                let expected = ideology?.deduction ?? (scores == nil ? "" : "0.00")
                #expect(row["q\(index + 1)"] == expected, "\(unit) \(quarter)")
                sum += FixedPoint.hundredths(ideology?.deduction ?? "0") ?? 0
            }
            #expect(FixedPoint.hundredths(row["annual_deduction"] ?? "") == sum, "\(unit)")
            let decisions = try f.quarters.compactMap { try f.scores($0)[unit]?.decision }
            #expect(row["letters"] == String(decisions.filter { $0 == "letter" }.count))
            #expect(row["notices"] == String(decisions.filter { $0 == "notice" }.count))
            if sum > 0 { deducted += 1 }
            // Name and supervisor from the unit's latest quarter.
            let latest = try f.quarters.reversed().lazy.compactMap { try f.scores($0)[unit] }.first
            #expect(row["unit_name"] == latest?.name && row["supervisor"] == latest?.supervisor)
        }
        #expect(deducted > 0, "the generated year has deductions to add up")
        for name in ["year-2026.xlsx", "year-2026.md", "manifest.json"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        let summary = try String(contentsOf: out.appendingPathComponent("year-2026.md"), encoding: .utf8)
        #expect(summary.hasPrefix("# 2026年度") && !summary.contains("不完整"))
    }

    @Test func theAnnualCapFromTheConfiguration() throws {
        let f = try fixture()
        let config = f.root.appendingPathComponent("cap.yaml")
        try Data("rules:\n  ideology:\n    annual_cap: 1.5\n".utf8).write(to: config)
        let out = f.root.appendingPathComponent("year-cap")
        let run = try CommandRun.assess(["year", "--year", "2026", "--out", out.path, "--ledger", f.ledger.path,
                                         "--config", config.path])
        #expect(run.status == 0, "\(run.stderr)")
        let uncapped = f.root.appendingPathComponent("year-uncapped")
        _ = try CommandRun.assess(["year", "--year", "2026", "--out", uncapped.path, "--ledger", f.ledger.path])
        let capped = try AnnualRows(out.appendingPathComponent("ideology-2026.csv"))
        let plain = try AnnualRows(uncapped.appendingPathComponent("ideology-2026.csv"))
        var cut = 0
        for (unit, row) in capped.byUnit {
            let sum = FixedPoint.hundredths(plain.byUnit[unit]?["annual_deduction"] ?? "") ?? -1
            #expect(FixedPoint.hundredths(row["annual_deduction"] ?? "") == min(150, sum), "\(unit)")
            if sum > 150 { cut += 1 }
        }
        #expect(cut > 0, "some unit lost more than the cap over the year")
        try Data("rules:\n  ideology:\n    annual_cap: -1\n".utf8).write(to: config)
        let bad = try CommandRun.assess(["year", "--year", "2026", "--out", out.path, "--ledger", f.ledger.path,
                                         "--config", config.path])
        #expect(bad.status == 2 && bad.stderr.contains("annual_cap"))
    }

    @Test func aMissingQuarterIsRefusedUnlessPartial() throws {
        let f = try fixture()
        // A ledger with Q1, Q2 and Q4 only.
        let root = try ProjectPaths.temporaryFolder("year-missing")
        let ledger = root.appendingPathComponent("ledger.sqlite")
        for quarter in ["2026Q1", "2026Q2", "2026Q4"] {
            try f.run(quarter, ledger: ledger, out: root.appendingPathComponent(quarter),
                      withoutPrevious: quarter != "2026Q2")
        }
        let out = root.appendingPathComponent("year")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let refused = try CommandRun.assess(["year", "--year", "2026", "--out", out.path, "--ledger", ledger.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("2026年第3季度") && refused.stderr.contains("--partial"), "\(refused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty, "nothing written")

        let partial = try CommandRun.assess(["year", "--year", "2026", "--out", out.path, "--ledger", ledger.path,
                                             "--partial"])
        #expect(partial.status == 0, "\(partial.stderr)")
        let csv = try String(contentsOf: out.appendingPathComponent("ideology-2026.csv"), encoding: .utf8)
        let firstLine = csv.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.contains("缺少2026年第3季度"), "\(firstLine)")
        let rows = try AnnualRows(out.appendingPathComponent("ideology-2026.csv"))
        #expect(!rows.byUnit.isEmpty && rows.byUnit.values.allSatisfy { $0["q3"] == "" })
        let summary = try String(contentsOf: out.appendingPathComponent("year-2026.md"), encoding: .utf8)
        #expect(summary.split(separator: "\n").first?.contains("缺少2026年第3季度") == true)
        let workbook = try Data(contentsOf: out.appendingPathComponent("year-2026.xlsx"))
        #expect(try XLSXText.sharedStrings(workbook).contains("缺少2026年第3季度"))

        let none = try CommandRun.assess(["year", "--year", "2025", "--out", out.path, "--ledger", ledger.path,
                                          "--partial"])
        #expect(none.status == 2 && none.stderr.contains("2025"))
        let noLedger = try CommandRun.assess(["year", "--year", "2026", "--out", out.path, "--ledger",
                                              root.appendingPathComponent("nope.sqlite").path])
        #expect(noLedger.status == 2 && noLedger.stderr.contains("不存在"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("nope.sqlite").path))
    }

    @Test func theOutputFolderMayNotHoldTheLedger() throws {
        let f = try fixture()
        let before = try Data(contentsOf: f.ledger)
        let refused = try CommandRun.assess(["year", "--year", "2026", "--out", f.root.path, "--ledger", f.ledger.path])
        #expect(refused.status == 2 && refused.stderr.contains("台账"), "\(refused.stderr)")
        #expect(try Data(contentsOf: f.ledger) == before)
        #expect(FileManager.default.fileExists(atPath: f.output("2026Q1").path))
        // Someone else's folder is never replaced.
        let other = f.root.appendingPathComponent("someone-else")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: other.appendingPathComponent("notes.txt"))
        let onOther = try CommandRun.assess(["year", "--year", "2026", "--out", other.path, "--ledger", f.ledger.path])
        #expect(onOther.status == 2 && onOther.stderr.contains("notes.txt"), "\(onOther.stderr)")
        #expect(try ProjectPaths.snapshot(other).keys.sorted() == ["notes.txt"])
        // A quarter's output folder is not the year's to replace.
        let quarter = try ProjectPaths.snapshot(f.output("2026Q2"))
        let onQuarter = try CommandRun.assess(["year", "--year", "2026", "--out", f.output("2026Q2").path,
                                               "--ledger", f.ledger.path])
        #expect(onQuarter.status == 2 && onQuarter.stderr.contains("季度的考核结果目录"), "\(onQuarter.stderr)")
        #expect(try ProjectPaths.snapshot(f.output("2026Q2")) == quarter)
    }

    @Test func aRerunWithTheSameLedgerIsByteIdentical() throws {
        let f = try fixture()
        let out = f.root.appendingPathComponent("year-rerun")
        let first = try CommandRun.assess(["year", "--year", "2026", "--out", out.path, "--ledger", f.ledger.path])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try ProjectPaths.snapshot(out)
        let second = try CommandRun.assess(["year", "--year", "2026", "--out", out.path, "--ledger", f.ledger.path])
        #expect(second.status == 0, "\(second.stderr)")
        let after = try ProjectPaths.snapshot(out)
        #expect(before.keys.sorted() == ["ideology-2026.csv", "manifest.json", "year-2026.md", "year-2026.xlsx"])
        #expect(before == after)
        #expect(before["ideology-2026.csv"]?.starts(with: [0xEF, 0xBB, 0xBF]) == true, "UTF-8 BOM")
        #expect(before["ideology-2026.csv"].map { !$0.contains(0x0D) } == true, "LF only")
    }

    @Test func historyFindsAUnitByIdNameOrPart() throws {
        let f = try fixture()
        let ledger = f.ledger.path
        let (unitID, name) = try f.uniqueUnit()
        for query in [unitID, name] {
            let shown = try CommandRun.assess(["history", "--unit", query, "--ledger", ledger])
            #expect(shown.status == 0, "\(query): \(shown.stderr)")
            for quarter in f.quarters { #expect(shown.stdout.contains(quarter)) }
            #expect(shown.stdout.contains("意识形态扣分"))
        }
        // A part of the name that only this unit has: its "（n）" suffix with the department.
        let part = String(name.suffix(name.count - 3))
        let byPart = try CommandRun.assess(["history", "--unit", part, "--ledger", ledger])
        #expect(byPart.status == 0, "\(part): \(byPart.stderr)")
        #expect(byPart.stdout.contains(unitID))

        let ambiguous = try CommandRun.assess(["history", "--unit", "局", "--ledger", ledger])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("个单位的名称包含“局”") && ambiguous.stderr.contains("单位编号"))
        let someID = try f.someUnitWith("局")
        #expect(ambiguous.stderr.contains(someID))

        let csv = f.root.appendingPathComponent("history.csv")
        let exported = try CommandRun.assess(["history", "--unit", unitID, "--csv", csv.path, "--ledger", ledger])
        #expect(exported.status == 0, "\(exported.stderr)")
        let bytes = try Data(contentsOf: csv)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\n")
        #expect(lines.first == "季度,单位编号,单位名称,得分,触发情形,处理决定,函号,意识形态扣分")
        #expect(lines.count == 1 + f.quarters.count)
        for (line, quarter) in zip(lines.dropFirst(), f.quarters) {
            let deduction = try f.ideology(quarter)[unitID]?.deduction ?? "0.00"
            #expect(line.hasPrefix(quarter + ",") && line.hasSuffix("," + deduction), "\(line)")
        }
        let overLedger = try CommandRun.assess(["history", "--unit", unitID, "--csv", ledger, "--ledger", ledger])
        #expect(overLedger.status == 2 && overLedger.stderr.contains("台账"))
    }

    @Test func aMissingYearTemplateIsNamedAndNothingIsWritten() throws {
        let f = try fixture()
        let templates = f.root.appendingPathComponent("templates-without-year")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let out = f.root.appendingPathComponent("year-no-template")
        let run = try CommandRun.assess(["year", "--year", "2026", "--out", out.path, "--ledger", f.ledger.path,
                                         "--templates", templates.path])
        #expect(run.status == 2 && run.stderr.hasPrefix("错误：") && run.stderr.contains("year.md.mustache"),
                "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func mistakesOnTheCommandLineAreSaidInChinese() throws {
        let year = try CommandRun.assess(["year", "--year", "0", "--out", "/tmp/never"])
        #expect(year.status == 2 && year.stderr.contains("不是有效的年份") && year.stderr.contains("assess help year"))
        let option = try CommandRun.assess(["year", "--year", "2026", "--outt", "/tmp/never"])
        #expect(option.status == 2 && option.stderr.contains("--out"), "\(option.stderr)")
        let csv = try CommandRun.assess(["history", "--quarter", "2026Q1", "--csv", "/tmp/never.csv"])
        #expect(csv.status == 2 && csv.stderr.contains("--csv 只能与 --unit 一起使用"), "\(csv.stderr)")
    }

    @Test func historyOfAQuarterShowsItsResults() throws {
        let f = try fixture()
        let shown = try CommandRun.assess(["history", "--quarter", "2026Q2", "--ledger", f.ledger.path])
        #expect(shown.status == 0, "\(shown.stderr)")
        let scores = try f.scores("2026Q2")
        for (unit, row) in scores {
            #expect(shown.stdout.contains(unit) && shown.stdout.contains(row.score))
        }
        #expect(shown.stdout.contains("历次运行"))
    }
}
