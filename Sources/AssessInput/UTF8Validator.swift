/// Incremental UTF-8 validation over chunks (Unicode 15, table 3-7: no overlongs, surrogates or values
/// above U+10FFFF). A sequence cut by a chunk boundary is carried to the next chunk.
struct UTF8Validator {
    private var carry: [UInt8] = []

    /// Validates `chunk`; at `isFinal` an unfinished sequence is invalid.
    mutating func validate(_ chunk: UnsafeRawBufferPointer, isFinal: Bool) -> Bool {
        var start = 0
        if !carry.isEmpty {
            var joined = carry
            joined.append(contentsOf: chunk.prefix(4 - carry.count))
            let length = joined.withUnsafeBytes { Self.sequenceLength($0, at: 0) }
            switch length {
            case nil: return false
            case 0?:
                guard !isFinal, joined.count < 4 else { return false }
                carry = joined
                return true
            case let n?:
                start = n - carry.count
                carry = []
            }
        }
        let count = chunk.count
        guard let p = chunk.baseAddress else { return !isFinal || carry.isEmpty }
        var i = start
        while i < count {
            // ASCII fast path, eight bytes at a time.
            while i + 8 <= count, p.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < count else { break }
            let lead = chunk[i]
            if lead < 0x80 { i += 1; continue }
            // Common case of Chinese text: a three-byte sequence led by E1…EC or EE…EF.
            if i + 2 < count, (lead >= 0xE1 && lead <= 0xEC) || lead >= 0xEE && lead <= 0xEF,
               chunk[i + 1] & 0xC0 == 0x80, chunk[i + 2] & 0xC0 == 0x80 {
                i += 3
                continue
            }
            switch Self.sequenceLength(chunk, at: i) {
            case nil: return false
            case 0?:
                guard !isFinal else { return false }
                carry = Array(chunk[i...])
                return true
            case let n?: i += n
            }
        }
        return true
    }

    /// Length of the valid sequence at `i`; 0 when the buffer ends inside a valid prefix; nil when invalid.
    static func sequenceLength(_ b: UnsafeRawBufferPointer, at i: Int) -> Int? {
        let lead = b[i]
        let need: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: need = 2
        case 0xE0: need = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 3
        case 0xED: need = 3; high = 0x9F
        case 0xF0: need = 4; low = 0x90
        case 0xF1...0xF3: need = 4
        case 0xF4: need = 4; high = 0x8F
        default: return nil
        }
        for k in 1..<need {
            guard i + k < b.count else { return 0 }
            let c = b[i + k]
            if k == 1 {
                guard c >= low, c <= high else { return nil }
            } else {
                guard c >= 0x80, c <= 0xBF else { return nil }
            }
        }
        return need
    }
}
