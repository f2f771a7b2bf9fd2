@testable import AssessCore
import Testing
import TestSupport

@Suite struct PhoneMaskTests {
    @Test(arguments: [
        ("13812345678", "138****5678"),
        ("138-1234-5678", "138****5678"),
        ("0871-65551234", "087****1234"),
        ("12345", "****"),
        ("１３８１２３４５６７８", "138****5678"),
    ])
    func mask(input: String, expected: String) {
        #expect(PhoneMask.mask(input) == expected)
    }

    @Test(arguments: [
        ("电话13812345678。", "电话138****5678。"),
        ("编号213812345678", "编号213812345678"),
        ("12345", "12345"),
        ("10086", "10086"),
        // Grouped, prefixed and bracketed forms (issue 9: office exports write phones every way).
        ("138-1234-5678", "138****5678"),
        ("138 1234 5678", "138****5678"),
        ("138.1234.5678", "138****5678"),
        ("+86 138 1234 5678", "+86 138****5678"),
        ("8613812345678", "86138****5678"),
        ("(0871) 6512 3456", "(0871) ****3456"),
        ("0871 65123456", "0871 ****3456"),
        ("2026-07-01 09:00", "2026-07-01 09:00"),
        // Issue 13: every form of outputs.md "Personal data".
        ("0086 138 1234 5678", "0086 138****5678"),
        ("+86-13812345678", "+86-138****5678"),
        ("１３８１２３４５６７８", "138****5678"),
        ("１３８－１２３４－５６７８", "138****5678"),
        ("＋８６ １３８ １２３４ ５６７８", "＋８６ 138****5678"),
        ("138‐1234‐5678", "138****5678"),
        ("138‑1234‑5678", "138****5678"),
        ("138–1234–5678", "138****5678"),
        ("138—1234—5678", "138****5678"),
        ("138/1234/5678", "138****5678"),
        ("138．1234．5678", "138****5678"),
        ("138\u{3000}1234\u{3000}5678", "138****5678"),
        ("张三（13912345678）、李四 159-8765-4321", "张三（139****5678）、李四 159****4321"),
        ("１２３４５６", "１２３４５６"),
        ("12812345678", "12812345678"),
    ])
    func maskAll(input: String, expected: String) {
        #expect(PhoneMask.maskAll(in: input) == expected)
    }

    @Test(arguments: [
        ("editors.csv", "KM001,,张三,编辑,是,65123456", "KM001,,张三,编辑,是,****3456"),
        ("editors.jsonl", #"{"phone":"6512-3456"}"#, #"{"phone":"****3456"}"#),
        ("editors.csv", "KM001,,张三,编辑,是,13812345678", "KM001,,张三,编辑,是,138****5678"),
        ("findings.csv", "F1,KM001-W,65123456", "F1,KM001-W,65123456"),
        ("editors.csv", "KM001,,张三,编辑,是,６５１２－３４５６", "KM001,,张三,编辑,是,****3456"),
        ("Editors.CSV", "KM001,,张三,编辑,是,65123456", "KM001,,张三,编辑,是,****3456"),
    ])
    func maskRejectedRow(file: String, raw: String, expected: String) {
        #expect(PhoneMask.maskRejectedRow(raw, file: file) == expected)
    }

    @Test func fastPathSeesEveryForm() {
        #expect(PhoneMask.hasLongDigitRun("１３８－１２３４－５６７８"))
        #expect(PhoneMask.hasLongDigitRun("138/1234/5678"))
        #expect(!PhoneMask.hasLongDigitRun("2026年10月9日，共 12 条"))
    }
}

/// The prefilter never hides a phone from the patterns: on random strings over digits, separators and letters,
/// whenever masking changes the text, `mayHoldPhone` said so.
@Suite struct PhoneMaskPrefilterTests {
    @Test func prefilterIsASupersetOfThePatterns() {
        let alphabet: [String] = ["0", "1", "3", "8", "6", "5", "9", "2", "１", "３", "８", "０", "-", " ", ".", "/", "(", ")",
                                  "+", "－", "—", "\u{3000}", "a", "号", "，"]
        var generator = SplitMix64(seed: 13)  // seeded: the same strings every run
        var changed = 0
        for index in 0..<20_000 {
            let length = Int.random(in: 8...24, using: &generator)
            var text = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "" }.joined()
            if index.isMultiple(of: 4) {  // every fourth string holds a mobile number in groups, random separator
                let digits = (0..<8).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
                let separator = ["", "-", " ", ".", "/", "－", "—"].randomElement(using: &generator) ?? ""
                let phone = "1" + (["3", "5", "8", "9"].randomElement(using: &generator) ?? "3") + String(digits.prefix(1))
                    + separator + String(digits.dropFirst().prefix(4)) + separator + String(digits.suffix(3)) + "7"
                text.insert(contentsOf: phone,
                            at: text.index(text.startIndex, offsetBy: Int.random(in: 0...length, using: &generator)))
            }
            if PhoneMask.maskAllByPatterns(in: text) != text {
                changed += 1
                #expect(PhoneMask.mayHoldPhone(text), "\(text)")
            }
        }
        for phone in ["13812345678", "+86 138 1234 5678", "0086-138-1234-5678", "(0871) 6512 3456", "0871-65123456",
                      "８６１３８１２３４５６７８", "86 13812345678"] {
            #expect(PhoneMask.mayHoldPhone(phone), "\(phone)")
        }
        for plain in ["2026-07-14 10:00", "https://www.km.gov.cn/c/2026-07-14/4812345.shtml", "2026年10月9日", "F3-010"] {
            #expect(!PhoneMask.mayHoldPhone(plain), "\(plain)")
        }
        #expect(changed > 0)
    }
}

/// The digit count before the scan (`mayHoldTenDigits`): never false where the scan or the patterns find a phone,
/// and its boundary at exactly ten digits in every form.
@Suite struct PhoneMaskDigitCountTests {
    func tenDigits(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { PhoneMask.mayHoldTenDigits(utf8: $0) }
    }

    func phoneLikeRun(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { PhoneMask.hasPhoneLikeRun(utf8: $0) }
    }

    @Test(arguments: [
        ("010 123 4567", "010 ****4567"),             // the shortest landline: ten ASCII digits
        ("联系１３８－１２３４－５６７８", "联系138****5678"),  // full-width: the count sees each digit's EF byte
        ("电话010-123-4567。", "电话010-****4567。"),
        ("13812345678", "138****5678"),
        ("+86 138 1234 5678", "+86 138****5678"),
    ])
    func atTheBoundaryTheCountLetsPhonesThrough(text: String, masked: String) {
        #expect(tenDigits(text))
        #expect(PhoneMask.mayHoldPhone(text))
        #expect(PhoneMask.maskAll(in: text) == masked)
        #expect(PhoneMask.maskAll(in: text, prefiltered: false) == masked)
    }

    @Test(arguments: ["010 123 456", "０１０ １２３ ４５６", "138123456", "", "123456789", "问题描述：第3段有数字1234567"])
    func belowTenDigitsNothingIsAPhone(text: String) {
        #expect(!tenDigits(text))
        #expect(!PhoneMask.mayHoldPhone(text))
        #expect(PhoneMask.maskAll(in: text, prefiltered: false) == text)
    }

    @Test func tenFullWidthDigitsAreCounted() {
        #expect(tenDigits("０１２３４５６７８９"))
        #expect(!tenDigits("０１２３４５６７８"))
        #expect(tenDigits("０1２3４5６7８9"))
        #expect(!tenDigits("０1２3４5６7８"))
    }

    /// The count runs in blocks of 255 bytes: digits spread across blocks add up, and a long text with nine
    /// digits stays below.
    @Test(arguments: [9, 10, 11])
    func digitsInDifferentBlocksAddUp(digits: Int) {
        var text = ""
        for index in 0..<digits {
            text += String(repeating: index % 2 == 0 ? "问" : "a", count: 97) + String(index % 10)
        }
        text += String(repeating: "题", count: 300)
        #expect(text.utf8.count > 3 * 255)
        #expect(tenDigits(text) == (digits >= 10))
        #expect(tenDigits(String(repeating: "１", count: digits) + String(repeating: "x", count: 600)) == (digits >= 10))
    }

    @Test func overCountingIsHarmless() {
        // `EF` lead bytes that are not digits (full-width letters, punctuation) count too: the scan then decides.
        let text = "ＡＢＣＤＥＦＧＨＩＪ，（）"
        #expect(tenDigits(text))
        #expect(!PhoneMask.mayHoldPhone(text))
    }

    /// On random strings over digits (ASCII and full-width), separators, letters and Chinese, the count is true
    /// wherever the scan or the patterns find something.
    @Test func countIsASupersetOfTheScanAndThePatterns() {
        let alphabet: [String] = ["0", "1", "3", "8", "6", "5", "9", "１", "３", "８", "０", "６", "-", " ", ".", "/", "(",
                                  ")", "+", "－", "—", "\u{3000}", "a", "号", "，", "Ａ"]
        var generator = SplitMix64(seed: 20)
        var found = 0
        for _ in 0..<20_000 {
            let length = Int.random(in: 6...20, using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "" }.joined()
            if phoneLikeRun(text) || PhoneMask.maskAll(in: text, prefiltered: false) != text {
                found += 1
                #expect(tenDigits(text), "\(text)")
            }
        }
        #expect(found > 0)
    }
}

/// The patterns matched on bytes (`PhonePatterns`) give the very text the regular expressions give: on random
/// strings built from every character the patterns look at (ASCII and full-width digits, every separator, the
/// prefix marks, brackets) with phones of every form spliced in, and on the fixed forms above.
@Suite struct PhonePatternsTests {
    static let alphabet: [String] = [
        "0", "1", "3", "6", "8", "9", "5", "2", "０", "１", "３", "６", "８", "９", "+", "＋", "(", ")", "-", "‐", "―", "－",
        ".", "．", "/", "／", " ", "\u{3000}", "\u{00A0}", "\u{2016}", "a", "号", "，", "é", "😀", "：",
    ]

    static func phone(_ generator: inout SplitMix64) -> String {
        func digits(_ count: Int) -> String {
            (0..<count).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
        }
        let separators = ["", "", "-", " ", ".", "/", "－", "—", "\u{3000}", "\u{00A0}", "．"]
        func separator() -> String { separators.randomElement(using: &generator) ?? "" }
        switch Int.random(in: 0..<5, using: &generator) {
        case 0:  // a mobile, maybe prefixed
            let prefix = ["", "86", "+86", "0086", "＋８６", "００86", "8６"].randomElement(using: &generator) ?? ""
            return prefix + (prefix.isEmpty ? "" : separator()) + "1" + String(Int.random(in: 3...9, using: &generator))
                + digits(1) + separator() + digits(4) + separator() + digits(4)
        case 1:  // a landline
            let area = "0" + digits(Int.random(in: 2...3, using: &generator))
            let bracketed = Bool.random(using: &generator)
            return (bracketed ? "(" + area + ")" : area) + separator() + digits(Int.random(in: 3...4, using: &generator))
                + separator() + digits(4)
        case 2:  // a full-width mobile
            let fullWidth = ["０", "１", "２", "３", "４", "５", "６", "７", "８", "９"]
            return "１" + (["３", "５", "８", "９"].randomElement(using: &generator) ?? "３")
                + (0..<9).map { _ in fullWidth.randomElement(using: &generator) ?? "０" }.joined()
        case 3:  // near misses: a digit too many or too few
            return "1" + String(Int.random(in: 3...9, using: &generator)) + digits(Int.random(in: 8...10, using: &generator))
        default:
            return digits(Int.random(in: 9...13, using: &generator))
        }
    }

    @Test func bytesAndRegularExpressionsGiveTheSameText() {
        var generator = SplitMix64(seed: 29)
        var masked = 0
        for _ in 0..<30_000 {
            var parts = (0..<Int.random(in: 0...14, using: &generator)).map { _ in
                Self.alphabet.randomElement(using: &generator) ?? ""
            }
            for _ in 0..<Int.random(in: 0...2, using: &generator) {
                parts.insert(Self.phone(&generator), at: Int.random(in: 0...parts.count, using: &generator))
            }
            let text = parts.joined()
            let reference = PhoneMask.maskAllByPatterns(in: text)
            #expect(PhoneMask.maskAll(in: text, prefiltered: false) == reference, "\(text)")
            #expect(PhoneMask.maskAll(in: text) == reference, "\(text)")
            if reference != text { masked += 1 }
        }
        #expect(masked > 5_000)
    }

    @Test(arguments: [
        "01012345678", "(010)12345678", "(0871 65123456", "0871)65123456", "+8613812345678", "5+8613812345678",
        "+86+8613812345678", "0086０086 138 1234 5678", "86 86 13812345678", "138-1234-56789", "138--1234-5678",
        "１３８－１２３４－５６７８９", "x13812345678y", "电话：(0871)-6512-3456。", "8６１３８１２３４５６７８",
        "13812345678 13912345678", "1381234567813912345678", "0871-6512-34560871-6512-3456",
    ])
    func edgeCasesAgree(text: String) {
        #expect(PhoneMask.maskAll(in: text, prefiltered: false) == PhoneMask.maskAllByPatterns(in: text))
    }

    /// Where they differ: a match that ends inside a character (a combining mark on the last digit) had no
    /// `String` range, so the regular expressions' replacement skipped it and the phone stayed whole; on bytes it
    /// is masked like any other.
    @Test(arguments: [("13812345678\u{301}", "138****5678\u{301}"), ("0871-65123456\u{301}号", "0871-****3456\u{301}号")])
    func aCombiningMarkNoLongerHidesAPhone(text: String, masked: String) {
        #expect(PhoneMask.maskAllByPatterns(in: text) == text)
        #expect(PhoneMask.maskAll(in: text) == masked)
    }
}
