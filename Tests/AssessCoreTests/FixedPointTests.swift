import Testing
@testable import AssessCore

@Suite struct FixedPointTests {
    @Test(arguments: [
        (96.625, "96.62"),      // exact tie: printf rounds the exact binary value half to even
        (96.635, "96.64"),      // 96.635 is stored slightly above
        (2.675, "2.67"),        // stored slightly below
        (0.125, "0.12"),
        (0.375, "0.38"),
        (100.0, "100.00"),
        (0.0, "0.00"),
        (-0.0, "0.00"),
        (-0.001, "0.00"),       // would print -0.00
        (-0.004999, "0.00"),
        (-0.005001, "-0.01"),
        (-12.5, "-12.50"),
        (1.0 / 3.0, "0.33"),
        (1e15 + 0.25, "1000000000000000.25"),
    ])
    func formatsLikePrintf(value: Double, printed: String) {
        #expect(FixedPoint.format(value) == printed)
    }

    @Test(arguments: [
        ("96.62", 9662), ("100.00", 10000), ("0.00", 0), ("-1.50", -150), ("-0.05", -5), ("86.6", 8660),
        ("75", 7500), (" 96.62 ", 9662),
    ])
    func readsHundredths(printed: String, hundredths: Int) {
        #expect(FixedPoint.hundredths(printed) == hundredths)
    }

    @Test(arguments: ["", "-", "96.625", "abc", "9 6.62", "96.", ".62", "96,62", "１00.00", "--1.00", "1e2"])
    func rejectsWhatIsNotAPrintedScore(printed: String) {
        #expect(FixedPoint.hundredths(printed) == nil)
    }

    @Test func hundredthsOfThePrintNotOfTheProduct() {
        // 96.625 * 100 rounds to 9663, but the rulebook reads the printed 96.62.
        #expect(FixedPoint.hundredths(FixedPoint.format(96.625)) == 9662)
    }
}
