import Foundation
import Testing
import TestSupport
@testable import AssessCore

/// The city's full size (20,000 units, 60,000 media, 600,000 findings). Opt-in (`ASSESS_SCALE=1`) so the
/// module's tests stay fast; run it after touching the Assessor's grouping.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ASSESS_SCALE"] != nil))
struct AssessorScaleTests {
    @Test func cityScaleIsLinear() {
        let q3 = Fixtures.quarter("2026Q3")
        let units = (0..<20_000).map { Unit(id: "U\($0)", name: "单位\($0)", category: .institution, region: "五华区") }
        let media = (0..<60_000).map { Media(id: "M\($0)", unitID: "U\($0 % 20_000)", kind: .website, name: "站") }
        var activity = Array(repeating: MediaActivity(), count: media.count)
        for i in activity.indices {
            activity[i].addInspection(on: q3.startDay, items: 500, quarter: q3)
            activity[i].addPost(at: q3.start.adding(seconds: Int64(i % 92) * 86_400), quarter: q3)
        }
        let start = q3.start
        var findings: [Finding] = []
        findings.reserveCapacity(600_000)
        for i in 0..<600_000 {
            let detected = start.adding(seconds: Int64(i) * 13)
            let severity: Severity = i % 7 == 0 ? .serious : .general
            let fixed: LocalDateTime? = i % 3 == 0 ? nil : detected.adding(seconds: 1800)
            findings.append(Finding(id: "F\(i)", mediaID: "M\(i % 60_000)", detectedAt: detected, category: .typo,
                                    severity: severity, notifiedAt: detected.adding(seconds: 60), fixedAt: fixed))
        }
        let data = QuarterData(units: units, media: media, activity: activity, findings: findings)
        let assessor = Assessor(configuration: .default, calendar: Fixtures.calendar2026)
        let clock = ContinuousClock()
        var result: QuarterAssessment?
        let elapsed = clock.measure { result = assessor.assess(data, quarter: q3, previous: [:]) }
        print("assessed 20,000 units / 600,000 findings in \(elapsed)")
        #expect(result?.units.count == 20_000)
        #expect(elapsed < .seconds(60))
    }
}
