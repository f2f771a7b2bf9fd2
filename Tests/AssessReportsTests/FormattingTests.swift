import Testing
@testable import AssessReports

@Suite struct FormattingTests {
    @Test(arguments: [(Int64(0), "0分钟"), (1, "1秒"), (59, "59秒"), (60, "1分钟"), (61, "2分钟"), (3_600, "1小时"),
                      (3_700, "1小时2分钟"), (90_000, "1天1小时"), (1_774_800, "20天13小时")])
    func duration(seconds: Int64, expected: String) {
        #expect(Formatting.duration(seconds: seconds) == expected)
    }

    @Test(arguments: [(70.5, 75.75, "上升 5.25 分"), (82.5, 78.583333, "下降 3.92 分"), (96.625, 96.62, "持平"),
                      (-0.001, 0, "持平"), (60, 70.05, "上升 10.05 分")])
    func change(old: Double, new: Double, expected: String) {
        #expect(Formatting.change(from: old, to: new) == expected)
    }

    @Test func fixed2NeverPrintsNegativeZero() {
        #expect(Formatting.fixed2(-0.001) == "0.00")
        #expect(Formatting.hundredths(96.625) == 9662)
    }

    @Test func truncatedCountsTheRest() {
        let cut = Truncated(Array(1...12), limit: 10)
        #expect(cut.items.count == 10 && cut.more == 2)
        #expect(Truncated([1, 2], limit: 10).more == nil)
    }
}
