import Testing
import TestSupport
@testable import AssessCore

@Suite struct LowActivityCheckTests {
    typealias F = ComplianceFixtures
    let rules = ComplianceRules.default

    func check(_ subject: ComplianceSubject, rules: ComplianceRules = .default) -> ComplianceFinding? {
        LowActivityCheck.finding(subject, quarter: F.q3, rules: rules)
    }

    @Test func elevenPostsIsLowTwelveIsNot() {
        let eleven = check(F.subject("WX", .wechat, "呈贡一中", activity: F.weekly(11)))
        #expect(eleven?.check == .lowActivity)
        #expect(eleven?.detail.contains("本季度发布11条") == true)
        #expect(eleven?.detail.contains("第十条") == true)
        #expect(check(F.subject("DY", .douyin, "呈贡一中", activity: F.weekly(12))) == nil)
    }

    @Test func noPostInTheWindowIsSilentAllQuarter() {
        let found = check(F.subject("DY", .douyin, "安宁发布", activity: MediaActivity()))
        #expect(found?.check == .silentAllQuarter)
        #expect(found?.detail.contains("2026-07-01..2026-09-30（92天）") == true)
        // Posts only after closed_on: nothing inside the window.
        let late = check(F.subject("DY", .douyin, "安宁发布", closed: "2026-08-01",
                                   activity: F.activity(["2026-08-01", "2026-08-02"])))
        #expect(late?.check == .silentAllQuarter)
    }

    @Test func silentAllQuarterOffFallsBackToLowActivity() {
        var rules = ComplianceRules.default
        rules.silentAllQuarter = false
        #expect(check(F.subject("DY", .douyin, "安宁发布", activity: MediaActivity()), rules: rules)?.check == .lowActivity)
        rules.lowActivity = false
        #expect(check(F.subject("DY", .douyin, "安宁发布", activity: MediaActivity()), rules: rules) == nil)
    }

    @Test(arguments: [
        // (window days, required posts): ceil(12 × days ÷ 92)
        (92, 12), (91, 12), (46, 6), (45, 6), (8, 2), (7, 1), (1, 1),
    ])
    func theMinimumIsProRatedForAShortWindow(days: Int, required: Int) {
        let window = DayRange(start: F.q3.startDay, end: F.q3.startDay.adding(days: days))
        #expect(LowActivityCheck.requiredPosts(window: window, quarter: F.q3, minPosts: 12) == required)
    }

    @Test func anAccountOpenedLateNeedsFewerPosts() {
        // Opened 09-17: a 14-day window needs ceil(12 × 14 ÷ 92) = 2 posts.
        let two = F.subject("WX", .wechat, "新账号", opened: "2026-09-17", activity: F.activity(["2026-09-18", "2026-09-25"]))
        #expect(check(two) == nil)
        let one = F.subject("WX", .wechat, "新账号", opened: "2026-09-17", activity: F.activity(["2026-09-18"]))
        #expect(check(one)?.check == .lowActivity)
        #expect(check(one)?.detail.contains("应不少于2条") == true)
    }

    @Test func aMediaOutsideTheQuarterIsNotChecked() {
        #expect(check(F.subject("DY", .douyin, "已注销", status: .closed, closed: "2026-07-01",
                                activity: MediaActivity())) == nil)
    }

    @Test func minPostsZeroSwitchesLowActivityOff() {
        var rules = ComplianceRules.default
        rules.minPosts = 0
        #expect(check(F.subject("WX", .wechat, "呈贡一中", activity: F.weekly(1)), rules: rules) == nil)
    }
}
