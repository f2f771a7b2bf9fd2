import Testing
import TestSupport
@testable import AssessCore

@Suite struct LetterDatesTests {
    let calendar = Fixtures.calendar2026

    @Test func defaultIssueDateAfterNationalDay() {
        let q3 = Fixtures.quarter("2026Q3")
        #expect(LetterDates.defaultIssueDate(asOf: q3.end, calendar: calendar) == Fixtures.day("2026-10-08"))
        #expect(LetterDates.defaultIssueDate(asOf: Fixtures.time("2026-10-09 17:00"), calendar: calendar)
                == Fixtures.day("2026-10-09"))
    }

    @Test func reportDueIsTheFifteenthWorkingDayAfter() {
        #expect(LetterDates.reportDueDate(issueDate: Fixtures.day("2026-10-08"), workingDays: 15, calendar: calendar)
                == Fixtures.day("2026-10-28"))
        #expect(LetterDates.reportDueDate(issueDate: Fixtures.day("2026-09-24"), workingDays: 1, calendar: calendar)
                == Fixtures.day("2026-09-28"))
    }
}
