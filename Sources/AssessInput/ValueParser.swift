import AssessCore

/// Parses the value types of inputs.md "Value types" straight from UTF-8 bytes (ASCII digits only).
package enum ValueParser {
    private static let zero: UInt8 = 0x30

    @inline(__always)
    private static func digit(_ b: UInt8) -> Int? {
        let d = Int(b) - Int(zero)
        return (0...9).contains(d) ? d : nil
    }

    /// `n` digits at `i`.
    private static func fixed(_ b: UnsafeRawBufferPointer, _ i: Int, _ n: Int) -> Int? {
        guard i + n <= b.count else { return nil }
        var value = 0
        for k in i..<(i + n) {
            guard let d = digit(b[k]) else { return nil }
            value = value * 10 + d
        }
        return value
    }

    /// One or two digits at `i` (greedy); returns the value and the index after it.
    private static func oneOrTwo(_ b: UnsafeRawBufferPointer, _ i: Int) -> (Int, Int)? {
        guard i < b.count, let first = digit(b[i]) else { return nil }
        if i + 1 < b.count, let second = digit(b[i + 1]) { return (first * 10 + second, i + 2) }
        return (first, i + 1)
    }

    /// The date at the start of `b`: `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY/M/D`; returns it and its length.
    private static func datePrefix(_ b: UnsafeRawBufferPointer) -> (Day, Int)? {
        guard let year = fixed(b, 0, 4), b.count > 4 else { return nil }
        let month: Int, day: Int, end: Int
        switch b[4] {
        case UInt8(ascii: "-"):
            guard let m = fixed(b, 5, 2), b.count > 7, b[7] == UInt8(ascii: "-"), let d = fixed(b, 8, 2) else { return nil }
            (month, day, end) = (m, d, 10)
        case UInt8(ascii: "/"):
            guard let (m, i) = oneOrTwo(b, 5), i < b.count, b[i] == UInt8(ascii: "/"),
                  let (d, j) = oneOrTwo(b, i + 1) else { return nil }
            (month, day, end) = (m, d, j)
        default: return nil
        }
        guard let value = Day(year: year, month: month, day: day) else { return nil }
        return (value, end)
    }

    /// A date (inputs.md "date"), a real calendar date in 0001–9999.
    package static func day(_ b: UnsafeRawBufferPointer) -> Day? {
        guard let (day, end) = datePrefix(b), end == b.count else { return nil }
        return day
    }

    /// A datetime (inputs.md "datetime"), converted to China time (UTC+8).
    ///
    /// Fractional seconds are dropped (not rounded); no offset means China time.
    package static func dateTime(_ b: UnsafeRawBufferPointer) -> LocalDateTime? {
        guard let (day, dateEnd) = datePrefix(b), dateEnd < b.count,
              b[dateEnd] == UInt8(ascii: " ") || b[dateEnd] == UInt8(ascii: "T") else { return nil }
        var i = dateEnd + 1
        guard let hour = fixed(b, i, 2), hour < 24, i + 2 < b.count, b[i + 2] == UInt8(ascii: ":"),
              let minute = fixed(b, i + 3, 2), minute < 60 else { return nil }
        i += 5
        var second = 0
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard let s = fixed(b, i + 1, 2), s < 60 else { return nil }
            second = s
            i += 3
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                let fractionStart = i
                while i < b.count, digit(b[i]) != nil { i += 1 }
                guard i > fractionStart else { return nil }
            }
        }
        var offsetSeconds = 8 * 3600
        if i < b.count {
            switch b[i] {
            case UInt8(ascii: "Z"):
                offsetSeconds = 0
                i += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
                guard let oh = fixed(b, i + 1, 2), oh < 24 else { return nil }
                var j = i + 3
                if j < b.count, b[j] == UInt8(ascii: ":") { j += 1 }
                guard let om = fixed(b, j, 2), om < 60 else { return nil }
                offsetSeconds = sign * (oh * 3600 + om * 60)
                i = j + 2
            default: return nil
            }
        }
        guard i == b.count else { return nil }
        let written = LocalDateTime(day: day, hour: hour, minute: minute, second: second)
        return written.adding(seconds: Int64(8 * 3600 - offsetSeconds))
    }

    /// An int: optional sign, ASCII digits (no overflow).
    package static func int(_ b: UnsafeRawBufferPointer) -> Int? {
        var i = 0
        var negative = false
        if let first = b.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            i = 1
        }
        guard i < b.count else { return nil }
        var value = 0
        while i < b.count {
            guard let d = digit(b[i]) else { return nil }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(negative ? -d : d)
            guard !o1, !o2 else { return nil }
            value = plus
            i += 1
        }
        return value
    }

    private static let trueWords: [[UInt8]] = ["是", "true", "yes", "y", "1"].map { Array($0.utf8) }
    private static let falseWords: [[UInt8]] = ["否", "false", "no", "n", "0"].map { Array($0.utf8) }

    /// A bool: 是 否 true false yes no Y N 1 0, case-insensitive.
    package static func bool(_ b: UnsafeRawBufferPointer) -> Bool? {
        let lowered = b.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        if trueWords.contains(lowered) { return true }
        if falseWords.contains(lowered) { return false }
        return nil
    }
}
