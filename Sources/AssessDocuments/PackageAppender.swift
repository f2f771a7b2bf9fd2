import Foundation
import ZIPFoundation
#if canImport(CZlib)
import CZlib
#endif

/// A ZIP archive made by ZIPFoundation once per run (the constant parts of every `.docx`), to which each
/// document appends one last entry: the archive's entries are copied byte for byte, followed by the new
/// entry's local header and bytes, the archive's central directory records, the new entry's record and the
/// end record (APPNOTE.TXT 4.3). The new entry's header fields (version, flags, time, date, attributes) are
/// those of the archive's first entry, so every entry looks alike.
///
/// Hand-written framing, measured (docs/PERFORMANCE.md "The Word document of a letter"): ZIPFoundation's
/// in-memory archive in update mode copies the whole archive and streams it through `fopencookie` for every
/// document, about 0.3 ms a letter; this costs a few microseconds. Deflate, when asked for, is zlib's through
/// ZIPFoundation (`Data.compress`), never our own.
struct PackageAppender: Sendable {
    enum Compression: Sendable {
        /// Method 0: the bytes as they are (a few µs for a letter's 11 KB).
        case stored
        /// Method 8: zlib at its default level through ZIPFoundation.
        case deflated
    }

    /// The archive's local headers and entry data.
    let entries: [UInt8]
    /// The archive's central directory records.
    let centralDirectory: [UInt8]
    let entryCount: Int
    /// Bytes 4..<14 of the first local header: version needed, flags, method, time, date.
    let localFields: [UInt8]
    /// Bytes 4..<16 of the first central record: versions, flags, method, time, date.
    let centralFields: [UInt8]
    /// Bytes 34..<42 of the first central record: disk number, internal and external attributes.
    let attributes: [UInt8]

    /// Reads the layout of an archive without ZIP64 or comment, as ZIPFoundation writes a small one; nil for
    /// any other.
    init?(archive data: Data) {
        let bytes = [UInt8](data)
        let end = bytes.count - 22
        guard end >= 0, Self.uint32(bytes, end) == 0x0605_4B50 else { return nil }
        let count = Int(Self.uint16(bytes, end + 10))
        let size = Int(Self.uint32(bytes, end + 12))
        let offset = Int(Self.uint32(bytes, end + 16))
        guard count > 0, offset + size == end, offset >= 30, Self.uint32(bytes, 0) == 0x0403_4B50,
              Self.uint32(bytes, offset) == 0x0201_4B50,
              Self.uint16(bytes, 6) & 0x0008 == 0 else { return nil }  // no data descriptors
        entries = Array(bytes[..<offset])
        centralDirectory = Array(bytes[offset..<end])
        entryCount = count
        localFields = Array(bytes[4..<14])
        centralFields = Array(bytes[(offset + 4)..<(offset + 16)])
        attributes = Array(bytes[(offset + 34)..<(offset + 42)])
    }

    /// The archive with `content` appended as the entry `path`.
    func appending(_ content: [UInt8], at path: String, compression: Compression) throws -> Data {
        let name = Array(path.utf8)
        let crc: UInt32
        let data: [UInt8]
        let method: UInt16
        switch compression {
        case .stored:
            crc = Self.crc32(content)
            data = content
            method = 0
        case .deflated:
            var deflated: [UInt8] = []
            deflated.reserveCapacity(content.count / 3)
            let source = Data(content)
            crc = try Data.compress(size: Int64(source.count), bufferSize: max(1, source.count),
                                    provider: { position, size in source.subdata(in: Int(position)..<Int(position) + size) },
                                    consumer: { deflated.append(contentsOf: $0) })
            data = deflated
            method = 8
        }
        var out: [UInt8] = []
        out.reserveCapacity(entries.count + 30 + name.count + data.count + centralDirectory.count + 46 + name.count + 22)
        out += entries
        // Local header.
        Self.append32(0x0403_4B50, to: &out)
        out += localFields
        Self.replace16(method, in: &out, at: out.count - 6)
        Self.append32(crc, to: &out)
        Self.append32(UInt32(data.count), to: &out)
        Self.append32(UInt32(content.count), to: &out)
        Self.append16(UInt16(name.count), to: &out)
        Self.append16(0, to: &out)
        out += name
        out += data
        // Central directory: the archive's records, then the new entry's.
        let directoryOffset = out.count
        out += centralDirectory
        Self.append32(0x0201_4B50, to: &out)
        out += centralFields
        Self.replace16(method, in: &out, at: out.count - 6)
        Self.append32(crc, to: &out)
        Self.append32(UInt32(data.count), to: &out)
        Self.append32(UInt32(content.count), to: &out)
        Self.append16(UInt16(name.count), to: &out)
        Self.append16(0, to: &out)  // extra field
        Self.append16(0, to: &out)  // comment
        out += attributes  // disk, internal and external attributes
        Self.append32(UInt32(entries.count), to: &out)
        out += name
        // End record.
        let directorySize = out.count - directoryOffset
        Self.append32(0x0605_4B50, to: &out)
        Self.append32(0, to: &out)  // this disk, the directory's disk
        Self.append16(UInt16(entryCount + 1), to: &out)
        Self.append16(UInt16(entryCount + 1), to: &out)
        Self.append32(UInt32(directorySize), to: &out)
        Self.append32(UInt32(directoryOffset), to: &out)
        Self.append16(0, to: &out)
        return Data(out)
    }

    /// CRC-32 of the entry: zlib's when its module is visible (ZIPFoundation's `CZlib`), else ZIPFoundation's.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        #if canImport(CZlib)
        bytes.withUnsafeBufferPointer { UInt32(CZlib.crc32(0, $0.baseAddress, UInt32($0.count))) }
        #else
        Data(bytes).crc32(checksum: 0)
        #endif
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16
    }

    private static func append16(_ value: UInt16, to out: inout [UInt8]) {
        out.append(UInt8(value & 0xFF))
        out.append(UInt8(value >> 8))
    }

    private static func append32(_ value: UInt32, to out: inout [UInt8]) {
        append16(UInt16(value & 0xFFFF), to: &out)
        append16(UInt16(value >> 16), to: &out)
    }

    private static func replace16(_ value: UInt16, in out: inout [UInt8], at index: Int) {
        out[index] = UInt8(value & 0xFF)
        out[index + 1] = UInt8(value >> 8)
    }
}
