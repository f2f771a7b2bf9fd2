#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streaming GB18030 → UTF-8 conversion with iconv (GB18030 covers GBK and GB2312).
///
/// A multi-byte sequence cut by a chunk boundary is carried to the next chunk.
final class GB18030Decoder {
    private let converter: iconv_t
    private var carry: [UInt8] = []

    /// nil when the platform's iconv lacks GB18030.
    init?() {
        let cd = iconv_open("UTF-8", "GB18030")
        guard let cd, cd != iconv_t(bitPattern: -1) else { return nil }
        converter = cd
    }

    deinit { iconv_close(converter) }

    /// Appends the UTF-8 of `chunk` to `output`; false when the bytes are not GB18030.
    func convert(_ chunk: UnsafeRawBufferPointer, isFinal: Bool, into output: ByteBuffer) -> Bool {
        var input = carry
        input.append(contentsOf: chunk)
        carry = []
        if input.isEmpty { return true }
        return input.withUnsafeMutableBytes { raw -> Bool in
            guard let start = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return true }
            var inPointer: UnsafeMutablePointer<CChar>? = start
            var inLeft = raw.count
            while inLeft > 0 {
                output.reserve(output.count + inLeft * 2 + 16)
                let room = output.capacity - output.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(output.base + output.count)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = room
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                output.didWrite(room - outLeft)
                if result != -1 { continue }
                switch errno {
                case E2BIG: continue
                case EINVAL:
                    // Incomplete sequence at the end of the chunk.
                    guard !isFinal else { return false }
                    carry = Array(UnsafeRawBufferPointer(start: inPointer, count: inLeft))
                    return true
                default: return false
                }
            }
            return true
        }
    }
}
