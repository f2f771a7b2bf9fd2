import AssessCore
import AssessReports
import Foundation
import TestSupport

/// A hand-made 2026Q3 assessment: a letter unit with many findings, a notice unit with hostile names,
/// and a unit with no problem.
enum ReportFixture {
    static let quarter = Quarter(year: 2026, number: 3)!
    static let hostileUnitName = "*粗体* a|b\n# 标题 [链接](http://x) `代码` <b>"
    static let hostileMediaName = "# 标题\n- 列表 | 管道 _斜_ \\ 1. 编号"
    static let phone = "13812345678"

    static var templates: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates", isDirectory: true)
    }

    static func media(_ id: String, unit: String, name: String, kind: MediaKind = .website, inactive: Bool = false,
                      silent: Int = 3, staffed: Bool = true, monitored: Bool = true, major: Int = 0) -> MediaAssessment {
        let window = DayRange(start: Fixtures.day("2026-07-01"), end: Fixtures.day("2026-10-01"))
        let silence = DayRange(start: Fixtures.day("2026-08-01"), end: Fixtures.day("2026-08-01").adding(days: silent))
        return MediaAssessment(media: Media(id: id, unitID: unit, kind: kind, name: name), window: window,
                               posts: inactive ? 2 : 60, postDays: inactive ? 2 : 50, silentDays: silent,
                               longestSilence: silence, inactive: inactive, itemsChecked: monitored ? 500 : 0,
                               monitored: monitored, staffed: staffed, majorIncidents: major)
    }

    /// Finding `n` of a media: notified at 10:00 in working time, a 60-minute general limit (30 for serious).
    static func outcome(_ n: Int, media: String, unit: String, day: String, severity: Severity = .general,
                        category: FindingCategory = .typo, fixedAfterMinutes: Int?, description: String? = nil)
        -> FindingOutcome {
        let notified = Fixtures.time("\(day) 10:00")
        let limit = severity == .serious ? 30 : 60
        let deadline = notified.adding(minutes: limit)
        let fixed = fixedAfterMinutes.map { notified.adding(minutes: $0) }
        let finding = Finding(id: "F\(n)", mediaID: media, detectedAt: Fixtures.time("\(day) 09:30"), category: category,
                              severity: severity, notifiedAt: notified, fixedAt: fixed, description: description)
        let outcome: FindingOutcome.Outcome
        var late: Int64 = 0
        if let fixed {
            outcome = fixed <= deadline ? .onTime : .late
            late = fixed <= deadline ? 0 : fixed.secondsSinceEpoch - deadline.secondsSinceEpoch
        } else {
            outcome = .overdue
            late = quarter.end.secondsSinceEpoch - deadline.secondsSinceEpoch
        }
        return FindingOutcome(finding: finding, unitID: unit, notifiedInWorkingTime: true, limitMinutes: limit,
                              deadline: deadline, outcome: outcome, secondsLate: late)
    }

    static var letterUnit: UnitAssessment {
        var findings: [FindingOutcome] = (1...11).map { n in
            outcome(n, media: "M01", unit: "U001", day: "2026-07-\(pad(n + 5))", fixedAfterMinutes: n.isMultiple(of: 3) ? 95 : 40)
        }
        findings.append(outcome(12, media: "M02", unit: "U001", day: "2026-08-04", severity: .serious,
                                category: .wrongExpression, fixedAfterMinutes: 50, description: "领导职务表述错误，联系人\(phone)"))
        var metrics = UnitMetrics()
        metrics.mediaCount = 2
        metrics.itemsChecked = 4000
        metrics.errors = 12
        metrics.seriousErrors = 1
        metrics.errorRatePermille = 3.0
        metrics.maxSilentDays = 5
        metrics.findingsDue = 12
        metrics.lateFixes = 4
        metrics.lateSerious = 1
        metrics.missingSystems = [.confidentiality, .contingencyPlan]
        metrics.staffingGaps = 1
        metrics.majorIncidents = 1
        let unit = Unit(id: "U001", name: "五华区教育局", category: .government, region: "五华区")
        return UnitAssessment(
            unit: unit, supervisor: "五华区人民政府办公室", metrics: metrics,
            deductions: Deductions(error: 20, inactivity: 0, late: 11, systems: 9, complaints: 0), score: 60,
            triggers: [.errorRate, .lateFixes, .missingSystems], previous: nil, decision: .letter,
            ideologyDeduction: 3, letterNumber: LetterNumber(prefix: "昆网信函", year: 2026, sequence: 1),
            evidence: UnitEvidence(
                findings: findings,
                media: [media("M01", unit: "U001", name: "五华区教育局门户网站"),
                        media("M02", unit: "U001", name: "五华教育", kind: .wechat, staffed: false, major: 1)],
                missingSystems: [.confidentiality, .contingencyPlan]))
    }

    static var noticeUnit: UnitAssessment {
        var metrics = UnitMetrics()
        metrics.mediaCount = 2
        metrics.unmonitoredMedia = 1
        metrics.itemsChecked = 800
        metrics.errors = 1
        metrics.errorRatePermille = 1.25
        metrics.maxSilentDays = 42
        metrics.inactiveMedia = 1
        metrics.findingsDue = 1
        metrics.lateFixes = 1
        metrics.unfixedOverdue = 1
        metrics.complaints = 3
        let unit = Unit(id: "U002", name: hostileUnitName, category: .institution, region: "市级")
        let complaints = (1...3).map { n in
            Complaint(id: "C\(n)", unitID: "U002", mediaID: n == 1 ? "M03" : nil,
                      receivedAt: Fixtures.time("2026-09-0\(n) 14:00"), substantiated: true,
                      channel: n == 2 ? "热线\(phone)" : "12345")
        }
        return UnitAssessment(
            unit: unit, supervisor: "中共昆明市委办公室", metrics: metrics,
            deductions: Deductions(error: 6.25, inactivity: 10, late: 2, systems: 0, complaints: 6), score: 75.75,
            triggers: [.inactivity, .ineffective, .dissatisfaction],
            previous: PreviousResult(printedScore: "70.50", triggers: [.inactivity, .lateFixes], decision: .letter),
            decision: .notice, ideologyDeduction: 3,
            letterNumber: LetterNumber(prefix: "昆网信函", year: 2026, sequence: 2),
            evidence: UnitEvidence(
                findings: [outcome(20, media: "M03", unit: "U002", day: "2026-09-10", fixedAfterMinutes: nil)],
                media: [media("M03", unit: "U002", name: hostileMediaName, kind: .weibo, inactive: true, silent: 42),
                        media("M04", unit: "U002", name: "市档案馆网站", monitored: false)],
                complaints: complaints))
    }

    static var quietUnit: UnitAssessment {
        var metrics = UnitMetrics()
        metrics.mediaCount = 1
        metrics.itemsChecked = 300
        metrics.errorRatePermille = 0
        return UnitAssessment(
            unit: Unit(id: "U003", name: "官渡区卫生健康局", category: .government, region: "官渡区"),
            supervisor: "官渡区人民政府办公室", metrics: metrics,
            deductions: Deductions(error: 0, inactivity: 0, late: 0, systems: 0, complaints: 0), score: 100,
            triggers: [], previous: PreviousResult(printedScore: "96.00", triggers: [.errorRate], decision: .letter),
            decision: .noAction, ideologyDeduction: 0, letterNumber: nil,
            evidence: UnitEvidence(media: [media("M05", unit: "U003", name: "官渡卫健")]))
    }

    static var inputs: ReportInputs {
        let assessment = QuarterAssessment(
            quarter: quarter, asOf: quarter.end, issueDate: Fixtures.day("2026-10-08"),
            reportDueDate: Fixtures.day("2026-10-28"), units: [letterUnit, noticeUnit, quietUnit],
            warnings: [.calendarYearMissing(year: 2027)])
        let files = [
            InputFileReport(table: "units", path: "/data/2026Q3/units.csv", format: .csv, encoding: .gb18030,
                            sha256: String(repeating: "a", count: 64), bytes: 2048, read: 4, accepted: 3, rejected: 1),
            InputFileReport(table: "findings", path: "/data/2026Q3/findings.jsonl", format: .jsonl, encoding: .utf8,
                            sha256: String(repeating: "b", count: 64), bytes: 4096, read: 13, accepted: 13, rejected: 0),
        ]
        let trend = [
            QuarterTrend(quarter: Quarter(year: 2026, number: 1) ?? quarter, units: 3, letters: 2, notices: 0, averageScore: 80.125),
            QuarterTrend(quarter: Quarter(year: 2026, number: 2) ?? quarter, units: 3, letters: 2, notices: 0, averageScore: 82.5),
        ]
        let unit = letterUnit.unit
        let wechat = Media(id: "M02", unitID: unit.id, kind: .wechat, name: "五华教育")
        let compliance = [
            ComplianceFinding(quarter: quarter, unit: unit, media: wechat, check: .nameInconsistent,
                              detail: "本单位新媒体账号名称不一致"),
            ComplianceFinding(quarter: quarter, unit: unit, media: wechat, check: .lowActivity,
                              detail: "本季度发布11条"),
        ]
        let rejected = [RejectedRow(file: "systems.csv", line: 3, column: "system", reason: "制度不是可接受的值",
                                    raw: "U001,未知制度,2026-01-01", unitID: unit.id),
                        RejectedRow(file: "findings.csv", line: 9, column: "media_id", reason: "媒体编码不存在",
                                    raw: "F99,MX,…", mediaID: "MX")]
        return ReportInputs(assessment: assessment, configuration: .default, files: files, rejectedRows: 1, trend: trend,
                            compliance: compliance, dataIssues: DataIssues(rejects: rejected, media: [wechat]))
    }

    /// The same quarter with nobody to name in a notice.
    static var inputsWithoutNotice: ReportInputs {
        var inputs = inputs
        inputs.assessment.units = [letterUnit, quietUnit]
        return inputs
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
