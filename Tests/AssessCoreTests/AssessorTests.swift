import Testing
import TestSupport
@testable import AssessCore

@Suite struct AssessorTests {
    let q3 = Fixtures.quarter("2026Q3")

    /// A school with a 30-day inactivity rule (Art. 14 override).
    var configuration: Configuration {
        var c = Configuration.default
        var school = Rules.default
        school.inactivityDays = 30
        c.categoryRules[.school] = school
        return c
    }

    func posts(everyDayExcept gap: ClosedRange<Int>) -> MediaActivity {
        var a = MediaActivity()
        for offset in 0..<92 where !gap.contains(offset) {
            a.addPost(at: q3.startDay.adding(days: offset).start.adding(seconds: 36_000), quarter: q3)
        }
        return a
    }

    func finding(_ id: String, _ media: String, _ at: String, _ severity: Severity = .general,
                 _ category: FindingCategory = .typo, fixed: String? = nil, verdict: Verdict = .valid) -> Finding {
        Finding(id: id, mediaID: media, detectedAt: Fixtures.time(at), category: category, severity: severity,
                notifiedAt: Fixtures.time(at), fixedAt: fixed.map(Fixtures.time), verdict: verdict)
    }

    var data: QuarterData {
        let media = [
            Media(id: "M2a", unitID: "U2", kind: .website, name: "门户网站", openedOn: Fixtures.day("2015-01-01")),
            Media(id: "M2b", unitID: "U2", kind: .weibo, name: "旧微博", status: .closed,
                  closedOn: Fixtures.day("2026-06-01")),
            Media(id: "M1", unitID: "U1", kind: .wechat, name: "公众号"),
            Media(id: "M3", unitID: "U3", kind: .website, name: "已注销网站", status: .closed,
                  closedOn: Fixtures.day("2026-07-01")),
        ]
        var m2a = posts(everyDayExcept: 10...29)   // 20 silent days
        m2a.addInspection(on: Fixtures.day("2026-07-10"), items: 1000, quarter: q3)
        var m2b = MediaActivity()
        m2b.addInspection(on: Fixtures.day("2026-07-11"), items: 1000, quarter: q3)
        m2b.addInspection(on: Fixtures.day("2026-10-01"), items: 500, quarter: q3)  // next quarter
        let m1 = posts(everyDayExcept: 40...59)    // 20 silent days, a school: not inactive
        return QuarterData(
            units: [
                Unit(id: "U3", name: "某区委", category: .party, region: "五华区"),
                Unit(id: "U2", name: "五华区人民政府", category: .government, region: "五华区"),
                Unit(id: "U1", name: "昆明市第一中学", category: .school, region: "市级"),
            ],
            media: media, activity: [m2a, m2b, m1, MediaActivity()],
            editors: [Editor(unitID: "U2", name: "张三", role: .chiefEditor, onStaff: true)],
            systems: SystemKind.allCases.map { DeclaredSystem(unitID: "U2", system: $0, establishedOn: Fixtures.day("2020-01-01")) },
            complaints: [Complaint(id: "C1", mediaID: "M2b", receivedAt: Fixtures.time("2026-08-01 10:00"), substantiated: true)],
            findings: [
                finding("F1", "M2a", "2026-07-01 10:00", fixed: "2026-07-01 10:30"),
                finding("F2", "M2b", "2026-08-03 20:00", .serious),
                finding("F3", "M2a", "2026-08-04 10:00", verdict: .falsePositive),
                finding("F4", "M2a", "2026-06-30 10:00"),
                finding("F5", "M2a", "2026-09-30 23:00", .serious, .secretLeak),
            ])
    }

    var assessor: Assessor { Assessor(configuration: configuration, calendar: Fixtures.calendar2026) }

    @Test func wholeQuarter() throws {
        let previous = ["U2": PreviousResult(printedScore: "60.00", triggers: [.inactivity], decision: .letter)]
        let result = assessor.assess(data, quarter: q3, previous: previous,
                                     letters: LetterBook(highestSequence: [2026: 4]))
        #expect(result.asOf == q3.end)
        #expect(result.issueDate == Fixtures.day("2026-10-08"))
        #expect(result.reportDueDate == Fixtures.day("2026-10-28"))
        #expect(result.warnings.isEmpty)
        #expect(result.units.map(\.unit.id) == ["U1", "U2"])   // U3 has no assessed media

        let u1 = result.units[0]
        #expect(u1.supervisor == "中共昆明市委办公室")
        #expect(u1.metrics.maxSilentDays == 20)
        #expect(u1.metrics.inactiveMedia == 0)                 // school override: 30 days
        #expect(u1.metrics.unmonitoredMedia == 1)
        #expect(u1.metrics.errorRatePermille == nil)
        #expect(u1.metrics.missingSystems == SystemKind.allCases)
        #expect(u1.metrics.staffingGaps == 1)
        #expect(u1.deductions.systems == 15)                    // 18 capped
        #expect(u1.score == 85)
        #expect(u1.triggers == [.missingSystems, .ineffective])
        #expect(u1.previous == nil)
        #expect(u1.decision == .letter)
        #expect(u1.ideologyDeduction == 1)
        #expect(u1.letterNumber?.description == "昆网信函〔2026〕5号")

        let u2 = result.units[1]
        let m = u2.metrics
        #expect(u2.supervisor == "五华区人民政府办公室")
        #expect(m.mediaCount == 1)
        #expect(m.itemsChecked == 2000)                        // the closed media's inspections count too
        #expect(m.errors == 3)                                 // F2 through the unassessed media counts
        #expect(m.seriousErrors == 2)
        #expect(m.errorRatePermille == 1.5)
        #expect(m.inactiveMedia == 1)
        #expect(m.maxSilentDays == 20)
        #expect(m.findingsDue == 2)
        #expect(m.lateFixes == 1)
        #expect(m.lateSerious == 1)
        #expect(m.unfixedOverdue == 1)
        #expect(m.majorIncidents == 1)
        #expect(m.missingSystems == [])
        #expect(m.staffingGaps == 0)
        #expect(m.complaints == 1)
        #expect(u2.deductions == Deductions(error: 17.5, inactivity: 10, late: 5, systems: 0, complaints: 2))
        #expect(u2.score == 65.5)
        #expect(u2.triggers == [.errorRate, .inactivity, .lateFixes, .ineffective])
        #expect(u2.decision == .notice)                        // +550 hundredths, inactivity again
        #expect(u2.ideologyDeduction == 5)
        #expect(u2.letterNumber?.sequence == 6)
        #expect(u2.evidence.findings.map(\.finding.id) == ["F2", "F5", "F1"])
        #expect(u2.evidence.findings.map(\.outcome) == [.overdue, .pending, .onTime])
        #expect(u2.evidence.media.map(\.media.id) == ["M2a"])
        #expect(u2.evidence.media[0].majorIncidents == 1)
        #expect(u2.evidence.media[0].longestSilence?.description == "2026-07-11..2026-07-30")
        #expect(u2.evidence.complaints.map(\.id) == ["C1"])
    }

    @Test func aQuarterWithANoticeGetsTheNoticesOwnNumber() {
        let previous = ["U2": PreviousResult(printedScore: "60.00", triggers: [.inactivity], decision: .letter)]
        let result = assessor.assess(data, quarter: q3, previous: previous,
                                     notices: NoticeBook(highestSequence: [2026: 2]))
        #expect(result.units.contains { $0.decision == .notice })
        #expect(result.noticeNumber == LetterNumber(prefix: "昆网信通", year: 2026, sequence: 3))
        // Without a notice there is no number.
        #expect(assessor.assess(data, quarter: q3, previous: [:]).noticeNumber == nil)
    }

    @Test func unknownPreviousQuarterLettersEveryoneAndWarns() {
        let result = assessor.assess(data, quarter: q3, previous: nil)
        #expect(result.units.map(\.decision) == [.letter, .letter])
        #expect(result.units.map { $0.letterNumber?.sequence } == [1, 2])
        #expect(result.warnings == [.firstAssessment(previousQuarter: Fixtures.quarter("2026Q2"))])
    }

    @Test func asOfAndIssueDateOverrides() {
        let result = assessor.assess(data, quarter: q3, asOf: Fixtures.time("2026-10-01 01:00"),
                                     issueDate: Fixtures.day("2026-10-09"), previous: [:])
        #expect(result.issueDate == Fixtures.day("2026-10-09"))
        #expect(result.reportDueDate == Fixtures.day("2026-10-29"))
        let u2 = result.units[1]
        #expect(u2.evidence.findings.map(\.outcome) == [.overdue, .pending, .onTime]) // F5 due exactly at 01:00
    }

    @Test func uncoveredYearWarnsNamingIt() {
        let q4 = Fixtures.quarter("2026Q4")
        let result = assessor.assess(QuarterData(), quarter: q4, previous: [:])
        #expect(result.issueDate == Fixtures.day("2027-01-01"))  // weekdays only in 2027: a Friday
        #expect(result.warnings == [.calendarYearMissing(year: 2027)])

        var covered = configuration
        covered.calendar = CalendarAdditions(holidays: ["2027-01-01"], workdays: [])
        let quiet = Assessor(configuration: covered, calendar: Fixtures.calendar2026).assess(QuarterData(), quarter: q4, previous: [:])
        #expect(quiet.warnings.isEmpty)
        #expect(quiet.issueDate == Fixtures.day("2027-01-04"))
    }

    @Test func badConfigurationEntriesBecomeWarnings() {
        var c = configuration
        c.calendar = CalendarAdditions(holidays: ["2026-13-01"])
        c.rules.workingHours = ["09:00-12:00", "1300-1800"]
        let result = Assessor(configuration: c, calendar: Fixtures.calendar2026).assess(QuarterData(), quarter: q3, previous: [:])
        #expect(result.warnings == [.calendarEntryIgnored(.invalidEntry("2026-13-01", field: "calendar.holidays")),
                                    .workingHoursIgnored(entry: "1300-1800")])
    }

    @Test func unitsInUTF8ByteOrder() {
        // "e\u{301}" (65 CC 81) comes before "f" by bytes; String `<` compares it as "é" (U+00E9), after "f".
        let ids = ["单位", "f", "e\u{301}", "a", "Z"]
        let data = QuarterData(
            units: ids.map { Unit(id: $0, name: $0, category: .party, region: "五华区") },
            media: ids.enumerated().map { Media(id: "M\($0.offset)", unitID: $0.element, kind: .website, name: "站") })
        let result = assessor.assess(data, quarter: q3, previous: [:])
        let expected = ["Z", "a", "e\u{301}", "f", "单位"].map { Array($0.utf8) }
        #expect(result.units.map { Array($0.unit.id.utf8) } == expected)
        #expect(!("e\u{301}" < "f"))
    }
}
