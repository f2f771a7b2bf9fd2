#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Counts a file's non-blank lines by any line end (LF, CRLF or a lone CR), on the raw bytes: how
/// `TableReader` tells a header-only file (fine) from one whose rows the parser did not see (fatal).
enum ContentLines {
    /// Lines holding a byte other than a space, a tab or a UTF-8 byte-order mark; 0 when unreadable.
    static func count(path: String) -> Int {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        let size = 1 << 16
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        var lines = 0
        var lineHasContent = false
        while true {
            let n = read(fd, buffer.baseAddress, size)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            for byte in UnsafeRawBufferPointer(rebasing: buffer[0..<n]) {
                switch byte {
                case 0x0A, 0x0D:
                    if lineHasContent { lines += 1 }
                    lineHasContent = false
                case 0x20, 0x09, 0xEF, 0xBB, 0xBF:
                    continue
                default:
                    lineHasContent = true
                }
            }
        }
        return lineHasContent ? lines + 1 : lines
    }
}
