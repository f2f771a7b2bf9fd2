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
    ])
    func maskAll(input: String, expected: String) {
        #expect(PhoneMask.maskAll(in: input) == expected)
    }
}
