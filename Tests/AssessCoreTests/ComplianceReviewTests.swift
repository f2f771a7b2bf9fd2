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
