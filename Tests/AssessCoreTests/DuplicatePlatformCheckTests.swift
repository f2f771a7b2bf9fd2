import Testing
import TestSupport
@testable import AssessCore

@Suite struct DuplicatePlatformCheckTests {
    typealias F = ComplianceFixtures

    @Test func twoAccountsOnOnePlatformAreBothListed() {
        let media = [F.subject("WX1", .wechat, "昆明教育发布"), F.subject("WX2", .wechat, "昆明市教育体育局"),
                     F.subject("WB", .weibo, "春城教育")]
        let found = DuplicatePlatformCheck.findings(media, quarter: F.q3)
        #expect(found.map(\.media.id) == ["WX1", "WX2"])
        #expect(found.allSatisfy { $0.check == .duplicatePlatform && $0.detail.contains("第十条") })
        #expect(found.first?.detail.contains("“昆明市教育体育局”") == true)
    }

    @Test func websitesAndOtherKindsAreExcluded() {
        let media = [F.subject("W1", .website, "门户"), F.subject("W2", .website, "专题网站"),
                     F.subject("O1", .other, "小红书"), F.subject("O2", .other, "哔哩哔哩")]
        #expect(DuplicatePlatformCheck.findings(media, quarter: F.q3).isEmpty)
    }

    @Test func anAccountClosedBeforeTheQuarterDoesNotCount() {
        let media = [F.subject("WX1", .wechat, "昆明教育发布"),
                     F.subject("WX2", .wechat, "旧账号", status: .closed, closed: "2026-07-01")]
        #expect(DuplicatePlatformCheck.findings(media, quarter: F.q3).isEmpty)
        // Closed on 07-02: active on 07-01, so both were active during the quarter.
        let overlapping = [F.subject("WX1", .wechat, "昆明教育发布"),
                           F.subject("WX2", .wechat, "旧账号", status: .closed, closed: "2026-07-02")]
        #expect(DuplicatePlatformCheck.findings(overlapping, quarter: F.q3).count == 2)
    }
}
