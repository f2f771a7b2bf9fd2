import Foundation
import Testing
import TestSupport
@testable import AssessCore

@Suite struct ComplianceReviewTests {
    typealias F = ComplianceFixtures

    /// Two units, given in reverse order, with a problem of every kind.
    var data: QuarterData {
        let a = Unit(id: "KM2", name: "乙单位", category: .government, region: "市级")
        let b = Unit(id: "KM10", name: "甲单位", category: .government, region: "市级")
        let media = [
            Media(id: "KM2-WX2", unitID: "KM2", kind: .wechat, name: "乙发布"),
            Media(id: "KM2-WX1", unitID: "KM2", kind: .wechat, name: "乙单位"),
            Media(id: "KM10-DY", unitID: "KM10", kind: .douyin, name: "甲单位", status: .closed,
                  closedOn: Fixtures.day("2026-06-01")),
        ]
        let activity = [F.weekly(13), F.weekly(11), F.activity(["2026-07-05"])]
        return QuarterData(units: [a, b], media: media, activity: activity)
    }

    @Test func findingsAreSortedByUnitMediaAndCheck() {
        let found = ComplianceReview.review(data, quarter: F.q3, rules: .default)
        #expect(found.map { "\($0.media.id) \($0.check.code)" } == [
            "KM10-DY registry_stale",
            "KM2-WX1 duplicate_platform", "KM2-WX1 name_inconsistent", "KM2-WX1 low_activity",
            "KM2-WX2 duplicate_platform", "KM2-WX2 name_inconsistent",
        ])
        #expect(found.allSatisfy { $0.quarter == F.q3 })
        #expect(found.first?.unit.name == "甲单位")
    }

    /// Sorting by keys taken once gives the order of sorting the findings themselves, ties in their given order.
    @Test func sortingByKeysGivesTheListingOrder() {
        var generator = SplitMix64(seed: 17)
        let unitIDs = ["KM2", "KM10", "KM1", "甲", "KM2a"]
        let mediaIDs = ["W1", "W10", "W2", "抖音"]
        for _ in 0..<200 {
            let findings = (0..<Int.random(in: 0...60, using: &generator)).map { index in
                let unit = Unit(id: unitIDs.randomElement(using: &generator) ?? "", name: "单位", category: .government,
                                region: "市级")
                let media = Media(id: mediaIDs.randomElement(using: &generator) ?? "", unitID: unit.id, kind: .wechat,
                                  name: "账号")
                return ComplianceFinding(quarter: F.q3, unit: unit, media: media,
                                         check: ComplianceCheck.allCases.randomElement(using: &generator) ?? .lowActivity,
                                         detail: "\(index)")
            }
            #expect(ComplianceReview.sortedInListingOrder(findings).map(\.detail)
                    == findings.sorted(by: ComplianceFinding.precedes).map(\.detail))
        }
    }

    @Test(arguments: ComplianceCheck.allCases)
    func eachCheckCanBeSwitchedOff(check: ComplianceCheck) {
        var rules = ComplianceRules.default
        switch check {
        case .duplicatePlatform: rules.duplicatePlatform = false
        case .nameInconsistent: rules.nameInconsistent = false
        case .lowActivity: rules.lowActivity = false
        case .silentAllQuarter: rules.silentAllQuarter = false
        case .registryStale: rules.registryStale = false
        }
        #expect(!rules.isEnabled(check))
        let found = ComplianceReview.review(data, quarter: F.q3, rules: rules)
        #expect(!found.contains { $0.check == check })
        #expect(found.count >= 3)
    }

    @Test func aConfigurationWithoutComplianceDecodesToTheDefaults() throws {
        let json = try JSONEncoder().encode(Configuration.default)
        var object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["compliance"] != nil)
        object["compliance"] = nil
        let old = try JSONSerialization.data(withJSONObject: object)
        #expect(try JSONDecoder().decode(Configuration.self, from: old) == Configuration.default)
        let partial = Data(#"{"min_posts": 6}"#.utf8)
        let rules = try JSONDecoder().decode(ComplianceRules.self, from: partial)
        #expect(rules.minPosts == 6 && rules.duplicatePlatform && rules.registryStale)
    }

    @Test func defaultsAreEveryCheckOnAndTwelvePosts() {
        let rules = Configuration.default.compliance
        #expect(ComplianceCheck.allCases.allSatisfy(rules.isEnabled))
        #expect(rules.minPosts == 12)
    }
}
