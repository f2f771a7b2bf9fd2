/// What a cell's number format makes of a number: itself, a date, or a date and time.
package enum XLSXNumberFormat: Sendable, Equatable {
    case number
    case date
    case dateTime

    /// Built-in format ids (ECMA-376 §18.8.30): 14–17 dates, 18–21 times, 22 date and time, 45–47 times; the
    /// East Asian built-ins a Chinese Excel writes without a definition: 27–31, 36, 50–58 dates (`yyyy"年"m"月"`…),
    /// 32–35 times (`h"时"mm"分"`…).
    static func builtIn(_ id: Int) -> XLSXNumberFormat {
        switch id {
        case 14...17, 27...31, 36, 50...58: .date
        case 18...22, 32...35, 45...47: .dateTime
        default: .number
        }
    }

    /// A custom format code: a date when its first section has `y`, `m` or `d`, a date and time when it has
    /// `h`, `s` or `AM/PM` — outside quoted text, `\`-escaped characters, `_x`/`*x` padding and brackets
    /// (`[Red]`, `[$-804]`; but `[h]`, `[mm]`, `[ss]` are elapsed times).
    static func custom(_ code: String) -> XLSXNumberFormat {
        let bytes = Array(code.utf8)
        var date = false, time = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i] | 0x20 // ASCII lower case for letters
            switch bytes[i] {
            case UInt8(ascii: ";"):
                i = bytes.count
                continue
            case UInt8(ascii: "\""):
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += 1 }
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                i += 1
            case UInt8(ascii: "["):
                var j = i + 1
                while j < bytes.count, bytes[j] != UInt8(ascii: "]") { j += 1 }
                let inside = bytes[(i + 1)..<min(j, bytes.count)].map { $0 | 0x20 }
                if let first = inside.first, [UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "s")].contains(first),
                   inside.allSatisfy({ $0 == first }) {
                    time = true
                }
                i = j
            default:
                switch b {
                case UInt8(ascii: "y"), UInt8(ascii: "d"), UInt8(ascii: "m"): date = true
                case UInt8(ascii: "h"), UInt8(ascii: "s"): time = true
                case UInt8(ascii: "a"):
                    let rest = String(decoding: bytes[i...].prefix(5), as: UTF8.self).uppercased()
                    if rest.hasPrefix("AM/PM") || rest.hasPrefix("A/P") { time = true }
                case UInt8(ascii: "g"):
                    // "General" (any case) has none of the letters above but skip it whole anyway.
                    if String(decoding: bytes[i...].prefix(7), as: UTF8.self).lowercased() == "general" { i += 6 }
                default: break
                }
            }
            i += 1
        }
        if time { return .dateTime }
        return date ? .date : .number
    }
}
