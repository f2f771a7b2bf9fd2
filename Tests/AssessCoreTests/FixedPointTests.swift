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

@Suite struct FixedPointAgainstPrintfTests {
    /// printf itself, as `format` was before it rounded in integers.
    private func printf(_ x: Double) -> String {
        let text = String(format: "%.2f", x)
        return text == "-0.00" ? "0.00" : text
    }

    @Test func randomScoresAndDeductionsPrintAsPrintf() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200_000 {
            let x = Double.random(in: -200...200, using: &generator)
            #expect(FixedPoint.format(x) == printf(x), "\(x)")
        }
    }

    @Test func tiesAndNearTiesPrintAsPrintf() {
        // Every eighth from -300 to 300 (exact ties at .125, .375, …) and the doubles right beside each
        // printed hundredth's midpoint.
        for eighths in -2400...2400 {
            let x = Double(eighths) / 8
            #expect(FixedPoint.format(x) == printf(x), "\(x)")
        }
        for thousandths in stride(from: -150_005, through: 150_005, by: 10) {
            let midpoint = Double(thousandths) / 1000
            for x in [midpoint.nextDown, midpoint, midpoint.nextUp] {
                #expect(FixedPoint.format(x) == printf(x), "\(x)")
            }
        }
    }

    @Test func everyMagnitudePrintsAsPrintf() {
        var generator = SystemRandomNumberGenerator()
        // Random bit patterns: tiny, subnormal, large, the 10¹³ boundary and beyond (printf's own path).
        for _ in 0..<100_000 {
            let x = Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator))
            guard x.isFinite, x.magnitude < 1e20 else { continue }
            #expect(FixedPoint.format(x) == printf(x), "\(x)")
        }
        for x in [1e13, 1e13.nextDown, -1e13.nextDown, 9_999_999_999_999.995, 0.005, 0.015, 0.025, -0.005,
                  Double.leastNonzeroMagnitude, -Double.leastNonzeroMagnitude, Double.leastNormalMagnitude,
                  4503599627370495.5, 4503599627370496, 2.0e12 + 0.125] {
            #expect(FixedPoint.format(x) == printf(x), "\(x)")
        }
        #expect(FixedPoint.format(.nan) == printf(.nan))
        #expect(FixedPoint.format(.infinity) == printf(.infinity))
    }

    @Test func roundsInIntegersBelowTenToTheThirteenth() {
        #expect(FixedPoint.roundedHundredths(96.625) == 9662)
        #expect(FixedPoint.roundedHundredths(-0.005001) == -1)
        #expect(FixedPoint.roundedHundredths(1e13) == nil)
        #expect(FixedPoint.roundedHundredths(.nan) == nil)
        #expect(FixedPoint.text(hundredths: -1250) == "-12.50")
        #expect(FixedPoint.text(hundredths: 5) == "0.05")
        #expect(FixedPoint.text(hundredths: Int(999_999_999_999_999)) == "9999999999999.99")
    }
}
