import AssessCore
import AssessInput
import Foundation
import PropertyBased
import Testing
import TestSupport

/// Property (issue 9, Art. 12–13): adding a valid finding fixed on time never raises any unit's late count
/// (late fixes, late serious, unfixed overdue) — whatever its media, time, category or severity.
@Suite struct LateFixPropertyTests {
    static let quarter = Quarter("2026Q2")!
    static let sample: QuarterData? = try? InputReader(directory: ProjectPaths.sampleData("2026Q2"), quarter: quarter).read().data
    static let assessor: Assessor? = (try? OfficialCalendar.load()).map { Assessor(configuration: .default, calendar: $0) }

    static func lateCounts(_ data: QuarterData) -> [String: [Int]] {
        guard let assessor else { return [:] }
        let result = assessor.assess(data, quarter: quarter, previous: [:])
        return Dictionary(uniqueKeysWithValues: result.units.map {
            ($0.unit.id, [$0.metrics.lateFixes, $0.metrics.lateSerious, $0.metrics.unfixedOverdue])
        })
    }

    @Test func anOnTimeValidFindingNeverRaisesTheLateCount() async throws {
        let data = try #require(Self.sample)
        let before = Self.lateCounts(data)
        #expect(!before.isEmpty)
        let quarterSeconds = Int(Self.quarter.end.secondsSinceEpoch - Self.quarter.start.secondsSinceEpoch)
        let input = Gen.int(in: 0..<data.media.count)
        await propertyCheck(count: 25, input: input, Gen.int(in: 0..<quarterSeconds), Gen.int(in: 0...59),
                            Gen<FindingCategory>.case, Gen<Severity>.case) { media, offset, delay, category, severity in
            var changed = data
            let detected = Self.quarter.start.adding(seconds: Int64(offset))
            let notified = detected.adding(seconds: 30)
            changed.findings.append(Finding(id: "P-\(offset)", mediaID: data.media[media].id, detectedAt: detected,
                                            category: category, severity: severity, notifiedAt: notified,
                                            fixedAt: notified.adding(seconds: Int64(delay)), verdict: .valid))
            let after = Self.lateCounts(changed)
            for (unit, counts) in after {
                let old = before[unit] ?? [0, 0, 0]
                #expect(zip(counts, old).allSatisfy { $0 <= $1 }, "\(unit): \(old) → \(counts)")
            }
        }
    }
}
