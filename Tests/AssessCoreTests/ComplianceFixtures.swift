import TestSupport
@testable import AssessCore

/// Builders for the compliance check tests: one unit, media with posts on given days.
enum ComplianceFixtures {
    static let q3 = Quarter(year: 2026, number: 3)!
    static let unit = Unit(id: "U1", name: "昆明学院", category: .school, region: "市级")

    static func activity(_ moments: [String]) -> MediaActivity {
        var a = MediaActivity()
        for m in moments { a.addPost(at: Fixtures.time(m.contains(" ") ? m : "\(m) 10:00"), quarter: q3) }
        return a
    }

    /// `count` posts inside Q3, one every 7 days from 07-01.
    static func weekly(_ count: Int, from start: String = "2026-07-01") -> MediaActivity {
        activity((0..<count).map { "\(Fixtures.day(start).adding(days: 7 * $0)) 10:00" })
    }

    static func subject(_ id: String, _ kind: MediaKind, _ name: String, status: MediaStatus = .active,
                        opened: String? = nil, closed: String? = nil,
                        activity: MediaActivity = weekly(13)) -> ComplianceSubject {
        let media = Media(id: id, unitID: unit.id, kind: kind, name: name, status: status,
                          openedOn: opened.map(Fixtures.day), closedOn: closed.map(Fixtures.day))
        return ComplianceSubject(unit: unit, media: media, activity: activity,
                                 window: MediaWindow.window(of: media, in: q3))
    }
}
