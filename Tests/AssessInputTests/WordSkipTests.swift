import Testing
@testable import AssessInput

/// The CSV scanner crosses long fields 8 bytes at a time: it never skips past a byte it looks for, and it
/// stops within 8 bytes of the first one.
@Suite struct WordSkipTests {
    @Test func theZeroByteTestIsExact() {
        for position in 0..<8 {
            for value in [UInt8(0x01), 0x80, 0xFF, 0x7F] {
                var word = UInt64.max  // no zero byte
                #expect(!CSVRecordParser.hasZeroByte(word))
                word &= ~(UInt64(0xFF) << (8 * UInt64(position)))
                #expect(CSVRecordParser.hasZeroByte(word))
                word |= UInt64(value) << (8 * UInt64(position))
                #expect(!CSVRecordParser.hasZeroByte(word))
            }
        }
    }

    @Test func skippingStopsBeforeTheFirstSoughtByte() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x2C, 0x0A, 0x0D, 0x22, 0x41, 0x20, 0xE4, 0xB8, 0x80, 0x00, 0xFF, 0x2B, 0x2D]
        for _ in 0..<2_000 {
            let count = Int.random(in: 0..<80, using: &generator)
            let bytes = (0..<count).map { _ in
                Int.random(in: 0..<4, using: &generator) == 0 ? alphabet.randomElement(using: &generator)!
                    : UInt8(ascii: "a") + UInt8.random(in: 0..<26, using: &generator)
            }
            let start = count == 0 ? 0 : Int.random(in: 0...count, using: &generator)
            let sought: [UInt8] = [0x2C, 0x0A, 0x0D]
            let first = bytes[start...].firstIndex { sought.contains($0) } ?? count
            let skipped = bytes.withUnsafeBufferPointer { buffer in
                CSVRecordParser.skipWords(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, from: start, count: count,
                                          without: 0x2C, 0x0A, 0x0D)
            }
            #expect(skipped <= first)
            #expect(skipped >= start && (skipped - start) % 8 == 0)
            #expect(first - skipped < 8 || count - skipped < 8)
        }
    }
}
