/// Dates and times as text, their digits written straight into the string's storage. Letters, tables and the
/// workbook hold millions of them; string interpolation made each number a string of its own first, and was a
/// measurable part of every letter (docs/PERFORMANCE.md "Letters, ninth session").
enum DateText {
    /// `2026年10月9日` (`Day.chinese`), for a year of zero or more.
    static func chinese(year: Int, month: Int, day: Int) -> String {
        make { text in
            text.chineseDay(year: year, month: month, day: day)
        }
    }

    /// `2026-10-09` (`Day.description`), for a year of zero or more.
    static func iso(year: Int, month: Int, day: Int) -> String {
        make { text in
            text.isoDay(year: year, month: month, day: day)
        }
    }

    /// `2026年10月9日 09:30` (`LocalDateTime.chinese`).
    static func chinese(year: Int, month: Int, day: Int, secondOfDay s: Int) -> String {
        make { text in
            text.chineseDay(year: year, month: month, day: day)
            text.clock(s, seconds: false)
        }
    }

    /// `2026-10-09 09:30:05` (`LocalDateTime.description`).
    static func iso(year: Int, month: Int, day: Int, secondOfDay s: Int) -> String {
        make { text in
            text.isoDay(year: year, month: month, day: day)
            text.clock(s, seconds: true)
        }
    }

    /// Text of at most 64 bytes, written by `body`.
    private static func make(_ body: (inout Writer) -> Void) -> String {
        String(unsafeUninitializedCapacity: 64) { buffer in
            var writer = Writer(buffer: buffer)
            body(&writer)
            return writer.count
        }
    }

    private struct Writer {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        /// `value` (zero or more) in decimal, zero-padded to `width` digits.
        mutating func digits(_ value: Int, width: Int) {
            var length = 1
            var rest = value
            while rest >= 10 {
                rest /= 10
                length += 1
            }
            let total = max(length, width)
            rest = value
            for index in stride(from: count + total - 1, through: count, by: -1) {
                buffer[index] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                rest /= 10
            }
            count += total
        }

        mutating func bytes(_ bytes: UInt8...) {
            for byte in bytes {
                buffer[count] = byte
                count += 1
            }
        }

        mutating func chineseDay(year: Int, month: Int, day: Int) {
            digits(year, width: 1)
            bytes(0xE5, 0xB9, 0xB4)  // 年
            digits(month, width: 1)
            bytes(0xE6, 0x9C, 0x88)  // 月
            digits(day, width: 1)
            bytes(0xE6, 0x97, 0xA5)  // 日
        }

        /// ` 09:30`, or ` 09:30:05` with `seconds`.
        mutating func clock(_ secondOfDay: Int, seconds: Bool) {
            bytes(0x20)
            digits(secondOfDay / 3600, width: 2)
            bytes(0x3A)
            digits(secondOfDay / 60 % 60, width: 2)
            if seconds {
                bytes(0x3A)
                digits(secondOfDay % 60, width: 2)
            }
        }

        mutating func isoDay(year: Int, month: Int, day: Int) {
            digits(year, width: 4)
            bytes(0x2D)
            digits(month, width: 2)
            bytes(0x2D)
            digits(day, width: 2)
        }
    }
}
