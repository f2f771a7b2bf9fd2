import Testing
import TestSupport
@testable import AssessCore

@Suite struct NameConsistencyCheckTests {
    typealias F = ComplianceFixtures

    @Test(arguments: [
        ("昆明学院", "昆明学院"),
        ("昆明学院微信公众号", "昆明学院"),
        ("昆明学院（官方）", "昆明学院"),
        ("昆明学院(官方)", "昆明学院"),
        ("昆明学院【官方】", "昆明学院"),
        ("昆明 学院　", "昆明学院"),
        ("ＫＭＵ昆明学院", "kmu昆明学院"),
        ("昆明学院APP", "昆明学院"),
        ("石林风景区官方微博", "石林风景区"),
        ("昆明学院抖音号", "昆明学院"),
        ("昆明学院公众号", "昆明学院"),
        ("微博", "微博"),                 // never stripped to nothing
        ("昆明学院(官方", "昆明学院(官方"), // unbalanced: brackets kept
        ("昆明教育发布", "昆明教育发布"),
    ])
    func normalisation(name: String, expected: String) {
        #expect(NameConsistencyCheck.normalised(name) == expected)
    }

    @Test func namesDifferingOnlyByWidthOrSuffixAreConsistent() {
        let media = [
            F.subject("W", .website, "昆明学院官网"),
            F.subject("WX", .wechat, "昆明学院微信公众号"),
            F.subject("DY", .douyin, "昆明学院"),
            F.subject("KS", .kuaishou, "昆明学院（官方）"),
            F.subject("SPH", .channels, "昆明学院(官方)"),
        ]
        #expect(NameConsistencyCheck.findings(media, quarter: F.q3).isEmpty)
    }

    @Test func theOddOneOutIsFlaggedAgainstTheMajority() {
        let media = [
            F.subject("WX", .wechat, "昆明学院微信公众号"),
            F.subject("DY", .douyin, "昆明学院"),
            F.subject("WB", .weibo, "春城学子"),
        ]
        let found = NameConsistencyCheck.findings(media, quarter: F.q3)
        #expect(found.map(\.media.id) == ["WB"])
        #expect(found.first?.check == .nameInconsistent)
        #expect(found.first?.detail.contains("第八条") == true)
        #expect(found.first?.detail.contains("“昆明学院微信公众号”（微信）") == true)
    }

    @Test func aTieFlagsEveryAccount() {
        let media = [F.subject("WX", .wechat, "石林旅游"), F.subject("DY", .douyin, "阿诗玛的故乡"),
                     F.subject("W", .website, "石林县文化和旅游局")]
        #expect(NameConsistencyCheck.findings(media, quarter: F.q3).map(\.media.id) == ["WX", "DY"])
    }

    @Test func websitesAndMediaOutsideTheQuarterAreNotCompared() {
        let media = [F.subject("W", .website, "石林县文化和旅游局"), F.subject("WX", .wechat, "石林旅游"),
                     F.subject("DY", .douyin, "阿诗玛的故乡", status: .closed, closed: "2026-07-01")]
        #expect(NameConsistencyCheck.findings(media, quarter: F.q3).isEmpty)
    }
}
