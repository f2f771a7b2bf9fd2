import CISAL

/// CRC-32 (ISO-HDLC, the zip checksum) through ISA-L's `crc32_gzip_refl`: 150 MB in 0.02 s on this machine,
/// against 0.08 s for zlib's braided `crc32` (ZIPFoundation's own, on Linux, goes byte by byte and took a fifth
/// of the reading time when it was used).
struct CRC32Checksum {
    private(set) var value: UInt32 = 0

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        value = crc32_gzip_refl(value, base.assumingMemoryBound(to: UInt8.self), UInt64(bytes.count))
    }
}
