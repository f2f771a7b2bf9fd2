import Testing
import TestSupport
@testable import AssessCore

@Suite struct MediaWindowTests {
    let q3 = Fixtures.quarter("2026Q3")

    func media(opened: String? = nil, closed: String? = nil) -> Media {
        Media(id: "M1", unitID: "U1", kind: .website, name: "门户网站", status: closed == nil ? .active : .closed,
              openedOn: opened.map(Fixtures.day), closedOn: closed.map(Fixtures.day))
    }

    @Test(arguments: [
        (nil, nil, "2026-07-01", "2026-10-01"),
        ("2020-01-01", nil, "2026-07-01", "2026-10-01"),
        ("2026-08-10", nil, "2026-08-10", "2026-10-01"),          // cut by opening
        (nil, "2026-08-10", "2026-07-01", "2026-08-10"),          // cut by closing (closed_on excluded)
        ("2026-07-05", "2026-07-20", "2026-07-05", "2026-07-20"),
        (nil, "2027-01-01", "2026-07-01", "2026-10-01"),          // planned closure after the quarter
    ] as [(String?, String?, String, String)])
    func windows(opened: String?, closed: String?, start: String, end: String) {
        let window = MediaWindow.window(of: media(opened: opened, closed: closed), in: q3)
        #expect(window == DayRange(start: Fixtures.day(start), end: Fixtures.day(end)))
        #expect(!window.isEmpty)
    }

    @Test(arguments: [
        ("2026-10-01", nil), (nil, "2026-07-01"), (nil, "2026-03-01"), ("2026-08-01", "2026-08-01"),
    ] as [(String?, String?)])
    func emptyWindowsAreNotAssessed(opened: String?, closed: String?) {
        #expect(MediaWindow.window(of: media(opened: opened, closed: closed), in: q3).isEmpty)
    }

    @Test func oneDayWindow() {
        let window = MediaWindow.window(of: media(opened: "2026-09-30"), in: q3)
        #expect(window.count == 1)
    }
}
