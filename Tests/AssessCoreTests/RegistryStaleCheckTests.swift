import Testing
import TestSupport
@testable import AssessCore

@Suite struct RegistryStaleCheckTests {
    typealias F = ComplianceFixtures

    func check(_ subject: ComplianceSubject, findings: [Finding] = []) -> ComplianceFinding? {
        RegistryStaleCheck.finding(subject, findings: findings, quarter: F.q3)
    }

    func finding(_ at: String, verdict: Verdict = .valid) -> Finding {
        Finding(id: "F1", mediaID: "WB", detectedAt: Fixtures.time(at), category: .typo, severity: .general,
                notifiedAt: Fixtures.time(at), verdict: verdict)
    }

    @Test func aPostOnTheClosureDayIsAfterTheClosure() {
        // closed_on is the first closed day: the window is [a, closed_on).
        let found = check(F.subject("WB", .weibo, "西山文旅", status: .closed, closed: "2026-08-15",
                                    activity: F.activity(["2026-08-01", "2026-08-15 00:00"])))
        #expect(found?.check == .registryStale)
        #expect(found?.detail.contains("备案登记为“注销”（关停日期2026-08-15）") == true)
        #expect(found?.detail.contains("最后一条2026-08-15 00:00:00") == true)
        #expect(found?.detail.contains("第九条") == true)
    }

    @Test func aLastPostTheDayBeforeTheClosureIsNot() {
        #expect(check(F.subject("WB", .weibo, "西山文旅", status: .closed, closed: "2026-08-15",
                                activity: F.activity(["2026-08-01", "2026-08-14 23:59:59"]))) == nil)
    }

    @Test func aValidFindingAfterTheClosureCountsAFalsePositiveDoesNot() {
        let suspended = F.subject("WB", .weibo, "西山文旅", status: .suspended, closed: "2026-08-15",
                                  activity: F.activity(["2026-08-01"]))
        #expect(check(suspended, findings: [finding("2026-08-14 23:59:59"), finding("2026-08-20 09:00", verdict: .falsePositive)]) == nil)
        let found = check(suspended, findings: [finding("2026-08-15 09:00")])
        #expect(found?.detail.contains("仍有1个有效巡查问题（最晚发现于2026-08-15 09:00:00）") == true)
        #expect(found?.detail.contains("“关停”") == true)
    }

    @Test func aPlannedClosureOfAnActiveMediaIsCheckedToo() {
        #expect(check(F.subject("TT", .toutiao, "石林文旅", closed: "2026-08-15",
                                activity: F.activity(["2026-08-14"]))) == nil)
        let found = check(F.subject("TT", .toutiao, "石林文旅", closed: "2026-08-15", activity: F.activity(["2026-08-16"])))
        #expect(found?.detail.contains("计划关停日期为2026-08-15") == true)
    }

    @Test func aFirstPostBeforeOpenedOnIsStale() {
        let early = check(F.subject("WX", .wechat, "官渡教育", opened: "2026-07-18",
                                    activity: F.activity(["2026-07-17 23:59:59", "2026-07-20"])))
        #expect(early?.detail.contains("开设日期为2026-07-18，但2026-07-17 23:59:59已有发布") == true)
        #expect(check(F.subject("WX", .wechat, "官渡教育", opened: "2026-07-18",
                                activity: F.activity(["2026-07-18 00:00", "2026-07-20"]))) == nil)
    }

    @Test func bothContradictionsMakeOneLine() {
        let found = check(F.subject("WB", .weibo, "西山文旅", status: .closed, opened: "2026-07-10", closed: "2026-08-15",
                                    activity: F.activity(["2026-07-01", "2026-08-20"])))
        #expect(found?.detail.components(separatedBy: "；").count == 3)
    }
}
