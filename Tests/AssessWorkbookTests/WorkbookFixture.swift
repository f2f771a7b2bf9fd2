import AssessCore
import Foundation
import TestSupport
import AssessWorkbook

/// A hand-built quarter for the workbook tests: three units (one named `=SUM(A1)`), a letter and a notice,
/// seven findings, four media, a rejected row carrying a phone number.
enum WorkbookFixture {
    static let quarter = Quarter(year: 2026, number: 3)!

    static func content(findingsPerUnit: Int = 0, extraUnits: Int = 0) -> WorkbookContent {
        var units = [
            unit(id: "U001", name: "=SUM(A1)", region: "五华区", decision: .noAction, score: 98.5, findings: 2, media: 1),
            unit(id: "U002", name: "昆明市某某局", region: "市级", decision: .letter, score: 71.25, findings: 3, media: 2,
                 previous: PreviousResult(printedScore: "90.00", triggers: [], decision: .noAction)),
            unit(id: "U003", name: "盘龙区某某中心", region: "盘龙区", decision: .notice, score: 60, findings: 2, media: 1,
                 previous: PreviousResult(printedScore: "65.50", triggers: [.inactivity], decision: .letter)),
        ]
        for i in 0..<extraUnits {
            units.append(unit(id: "X\(i)", name: "单位\(i)", region: "区\(i % 14)", decision: i % 10 == 0 ? .letter : .noAction,
                              score: 80 + Double(i % 20), findings: findingsPerUnit, media: 3))
        }
        let assessment = QuarterAssessment(
            quarter: quarter, asOf: Fixtures.time("2026-10-01 00:00"), issueDate: Fixtures.day("2026-10-09"),
            reportDueDate: Fixtures.day("2026-10-30"), units: units, warnings: [.firstAssessment(previousQuarter: Fixtures.quarter("2026Q2"))])
        let files = [InputFileReport(table: "editors", path: "data/editors.csv", format: .csv, encoding: .utf8,
                                     sha256: String(repeating: "a", count: 64), bytes: 1234, read: 10, accepted: 9, rejected: 1)]
        let rejects = [RejectedRow(file: "editors.csv", line: 5, column: "role", reason: "取值不在允许范围内",
                                   raw: "U002,张三,主编,是,13812345678", unitID: "U002")]
        let trend = [QuarterTrend(quarter: Quarter(year: 2026, number: 2)!, units: 3, letters: 2, notices: 0, averageScore: 80)]
        return WorkbookContent(assessment: assessment, configuration: .default, files: files, rejects: rejects,
                               trend: trend, dataIssues: DataIssues(rejects: rejects, media: []))
    }

    static func unit(id: String, name: String, region: String, decision: Decision, score: Double, findings: Int,
                     media: Int, previous: PreviousResult? = nil) -> UnitAssessment {
        let u = Unit(id: id, name: name, category: .government, region: region)
        let start = Fixtures.day("2026-07-01")
        let medias = (0..<media).map { i in
            MediaAssessment(media: Media(id: "\(id)-M\(i)", unitID: id, kind: .wechat, name: "\(name)公众号\(i)"),
                            window: DayRange(start: start, end: Fixtures.day("2026-10-01")), posts: 40, postDays: 30,
                            silentDays: i == 0 && decision != .noAction ? 20 : 5,
                            longestSilence: DayRange(start: Fixtures.day("2026-08-01"), end: Fixtures.day("2026-08-21")),
                            inactive: i == 0 && decision != .noAction, itemsChecked: 1000, monitored: true,
                            staffed: i != 1, majorIncidents: 0)
        }
        let outcomes = (0..<findings).map { i in
            let detected = LocalDateTime(day: start.adding(days: i % 90), hour: 10, minute: 15)
            let finding = Finding(id: "\(id)-F\(i)", mediaID: "\(id)-M0", detectedAt: detected,
                                  category: i % 2 == 0 ? .typo : .secretLeak, severity: i % 3 == 0 ? .serious : .general,
                                  notifiedAt: detected.adding(minutes: 5), fixedAt: i % 4 == 3 ? nil : detected.adding(minutes: 90),
                                  url: "https://example.gov.cn/\(i)", description: "第\(i)处错别字")
            let deadline = detected.adding(minutes: 65)
            let outcome: FindingOutcome.Outcome = i % 4 == 3 ? .overdue : (i % 2 == 0 ? .late : .onTime)
            return FindingOutcome(finding: finding, unitID: id, notifiedInWorkingTime: true, limitMinutes: 60,
                                  deadline: deadline, outcome: outcome, secondsLate: outcome == .late ? 25 * 60 : 0)
        }
        var metrics = UnitMetrics()
        metrics.mediaCount = media
        metrics.itemsChecked = 1000 * media
        metrics.errors = findings
        metrics.errorRatePermille = media == 0 ? nil : Double(findings) / Double(metrics.itemsChecked) * 1000
        metrics.missingSystems = decision == .noAction ? [] : [.security, .contingencyPlan]
        let triggers: [Trigger] = decision == .noAction ? [] : [.inactivity, .missingSystems]
        return UnitAssessment(
            unit: u, supervisor: region == "市级" ? "昆明市人民政府办公室" : "\(region)人民政府办公室", metrics: metrics,
            deductions: Deductions(error: 1.5, inactivity: decision == .noAction ? 0 : 10, late: 2, systems: 0, complaints: 0),
            score: score, triggers: triggers, previous: previous, decision: decision,
            ideologyDeduction: decision == .notice ? 3 : (decision == .letter ? 1 : 0),
            letterNumber: decision == .noAction ? nil : LetterNumber(prefix: "昆网信函", year: 2026, sequence: id == "U002" ? 1 : 2),
            evidence: UnitEvidence(findings: outcomes, media: medias, missingSystems: metrics.missingSystems))
    }
}
