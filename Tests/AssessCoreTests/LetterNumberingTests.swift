import Testing
import TestSupport
@testable import AssessCore

@Suite struct LetterNumberingTests {
    let prefix = "昆网信函"

    @Test func newYearStartsAtOneInByteOrder() {
        let (numbers, book) = LetterBook().numbering(["b", "B", "a", "单位"], year: 2026, prefix: prefix)
        #expect(numbers["B"]?.sequence == 1)   // "B" 0x42 < "a" 0x61 < "b" < UTF-8 Chinese
        #expect(numbers["a"]?.sequence == 2)
        #expect(numbers["b"]?.sequence == 3)
        #expect(numbers["单位"]?.sequence == 4)
        #expect(numbers["a"]?.description == "昆网信函〔2026〕2号")
        #expect(book.highestSequence[2026] == 4)
    }

    @Test func laterQuarterContinuesAfterTheHighest() {
        let book = LetterBook(existing: [:], highestSequence: [2026: 7])
        let (numbers, _) = book.numbering(["U2", "U1"], year: 2026, prefix: prefix)
        #expect(numbers["U1"]?.sequence == 8)
        #expect(numbers["U2"]?.sequence == 9)
    }

    @Test func rerunKeepsNumbersAndContinuesForNewcomers() {
        let existing = ["U2": LetterNumber(prefix: prefix, year: 2026, sequence: 8),
                        "U4": LetterNumber(prefix: prefix, year: 2026, sequence: 9)]
        let book = LetterBook(existing: existing, highestSequence: [2026: 9])
        let (numbers, updated) = book.numbering(["U1", "U2", "U3"], year: 2026, prefix: prefix)
        #expect(numbers["U2"]?.sequence == 8)       // kept
        #expect(numbers["U1"]?.sequence == 10)      // new, after the highest (U4's 9 is never reused)
        #expect(numbers["U3"]?.sequence == 11)
        #expect(numbers["U4"] == nil)
        #expect(updated.highestSequence[2026] == 11)
        #expect(updated.existing["U1"]?.sequence == 10)
    }

    @Test func newYearRestartsAndIgnoresLastYearsNumber() {
        let existing = ["U1": LetterNumber(prefix: prefix, year: 2026, sequence: 30)]
        let book = LetterBook(existing: existing, highestSequence: [2026: 42])
        let (numbers, _) = book.numbering(["U1", "U2"], year: 2027, prefix: prefix)
        #expect(numbers["U1"] == LetterNumber(prefix: prefix, year: 2027, sequence: 1))
        #expect(numbers["U2"] == LetterNumber(prefix: prefix, year: 2027, sequence: 2))
    }

    @Test func neverBelowANumberTheBookHolds() {
        let existing = ["U9": LetterNumber(prefix: prefix, year: 2026, sequence: 5)]
        let (numbers, _) = LetterBook(existing: existing).numbering(["U1"], year: 2026, prefix: prefix)
        #expect(numbers["U1"]?.sequence == 6)
    }

    @Test func aPrintedNumberReadsBack() {
        let number = LetterNumber(prefix: prefix, year: 2026, sequence: 17)
        #expect(LetterNumber(parsing: number.description) == number)
        #expect(LetterNumber(parsing: "昆网信通〔2027〕1号") == LetterNumber(prefix: "昆网信通", year: 2027, sequence: 1))
        for bad in ["", "昆网信函〔2026〕号", "〔2026〕3号", "昆网信函〔26〕3号", "昆网信函〔2026〕3", "昆网信函〔2026〕-3号",
                    "昆网信函〔2026〕0号", "昆网信函〔+202〕3号", "昆网信函〔2026〕99999999999999999999号", "昆网信函(2026)3号"] {
            #expect(LetterNumber(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func theNoticeKeepsItsNumberOnARerunAndContinuesTheYear() {
        let book = NoticeBook(existing: LetterNumber(prefix: "昆网信通", year: 2026, sequence: 2),
                              highestSequence: [2026: 3])
        #expect(book.number(year: 2026, prefix: "昆网信通").sequence == 2)
        #expect(NoticeBook(highestSequence: [2026: 3]).number(year: 2026, prefix: "昆网信通").sequence == 4)
        // An earlier number of another year is not kept: the new year starts at 1.
        #expect(book.number(year: 2027, prefix: "昆网信通").sequence == 1)
    }
}
