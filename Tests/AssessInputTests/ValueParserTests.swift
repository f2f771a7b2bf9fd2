import AssessCore
import Testing
import TestSupport
@testable import AssessInput

@Suite struct ValueParserTests {
    private func parse<T>(_ text: String, _ parser: (UnsafeRawBufferPointer) -> T?) -> T? {
        Array(text.utf8).withUnsafeBytes { parser($0) }
    }

    @Test(arguments: [
        ("2026-07-01", "2026-07-01"), ("2026/07/01", "2026-07-01"), ("2026/7/1", "2026-07-01"),
        ("2024-02-29", "2024-02-29"), ("0001-01-01", "0001-01-01"), ("9999-12-31", "9999-12-31"),
    ])
    func acceptsDates(_ text: String, _ expected: String) {
        #expect(parse(text, ValueParser.day) == Fixtures.day(expected))
    }

    @Test(arguments: ["2026-7-1", "2026-13-01", "2026-02-30", "2025-02-29", "0000-01-01", "26-07-01", "２０２６-07-01",
                      "2026-07-01 09:00", "2026/07/001", ""])
    func rejectsDates(_ text: String) {
        #expect(parse(text, ValueParser.day) == nil)
    }

    @Test(arguments: [
        ("2026-07-01 09:30", "2026-07-01 09:30:00"),
        ("2026-07-01T09:30:15", "2026-07-01 09:30:15"),
        ("2026/7/1 09:30:15.999", "2026-07-01 09:30:15"),
        ("2026-07-01 09:30:15.5+08:00", "2026-07-01 09:30:15"),
        ("2026-07-01T01:30:00Z", "2026-07-01 09:30:00"),
        ("2026-07-01 20:00:00Z", "2026-07-02 04:00:00"),
        ("2026-07-01 09:30+0800", "2026-07-01 09:30:00"),
        ("2026-07-01 09:30:00-05:00", "2026-07-01 22:30:00"),
        ("2026-07-01 09:30:00+0930", "2026-07-01 08:00:00"),
    ])
    func acceptsDateTimesInEveryOffsetForm(_ text: String, _ expected: String) {
        #expect(parse(text, ValueParser.dateTime).map(\.description) == expected)
    }

    @Test(arguments: ["2026-07-01", "2026-13-01 09:00", "2026-07-01 24:00", "2026-07-01 09:60", "2026-07-01 09:30:60",
                      "2026-07-01 9:30", "2026-07-01 09:30.5", "2026-07-01 09:30:00.", "2026-07-01 09:30+8",
                      "2026-07-01 09:30 +08:00", "2026-07-01_09:30"])
    func rejectsDateTimes(_ text: String) {
        #expect(parse(text, ValueParser.dateTime) == nil)
    }

    @Test func ints() {
        #expect(parse("120", ValueParser.int) == 120)
        #expect(parse("+5", ValueParser.int) == 5)
        #expect(parse("-3", ValueParser.int) == -3)
        for bad in ["", "-", "1.0", "1e3", "１２", "99999999999999999999", " 1"] {
            #expect(parse(bad, ValueParser.int) == nil)
        }
    }

    @Test(arguments: [("是", true), ("否", false), ("TRUE", true), ("False", false), ("yes", true), ("NO", false),
                      ("y", true), ("N", false), ("1", true), ("0", false)])
    func bools(_ text: String, _ expected: Bool) {
        #expect(parse(text, ValueParser.bool) == expected)
    }

    @Test func enumsByChineseOrCaseInsensitiveCode() {
        let lookup = EnumLookup<UnitCategory>()
        #expect(parse("事业单位", lookup.value) == .institution)
        #expect(parse("Democratic_Party", lookup.value) == .democraticParty)
        #expect(parse("政 府", lookup.value) == nil)
    }
}
