import AssessCore
import Testing

@Suite struct PhoneMaskTests {
    @Test(arguments: [
        ("13812345678", "138****5678"),
        ("138-1234-5678", "138****5678"),
        ("0871-65551234", "087****1234"),
        ("12345", "****"),
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
    ])
    func maskAll(input: String, expected: String) {
        #expect(PhoneMask.maskAll(in: input) == expected)
    }

    @Test(arguments: [
        ("editors.csv", "KM001,,张三,编辑,是,65123456", "KM001,,张三,编辑,是,****3456"),
        ("editors.jsonl", #"{"phone":"6512-3456"}"#, #"{"phone":"****3456"}"#),
        ("editors.csv", "KM001,,张三,编辑,是,13812345678", "KM001,,张三,编辑,是,138****5678"),
        ("findings.csv", "F1,KM001-W,65123456", "F1,KM001-W,65123456"),
    ])
    func maskRejectedRow(file: String, raw: String, expected: String) {
        #expect(PhoneMask.maskRejectedRow(raw, file: file) == expected)
    }
}
