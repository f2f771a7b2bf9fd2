import Foundation
import Testing
import ZIPFoundation
@testable import AssessDocuments

/// The entry appended to the constant parts: read back by ZIPFoundation (which checks each entry's CRC), stored
/// or deflated, with the fields of the archive's other entries.
@Suite struct PackageAppenderTests {
    static func document() throws -> OfficialDocument {
        try OfficialDocument(markdown: OfficialDocumentReadingTests.letter, kind: .letter)
    }

    @Test(arguments: [PackageAppender.Compression.stored, .deflated])
    func theAppendedPartReadsBackWithItsChecksum(_ compression: PackageAppender.Compression) throws {
        var writer = try DocxWriter(settings: .default)
        writer.documentCompression = compression
        let archive = try Archive(data: try writer.docx(try Self.document()), accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        #expect([UInt8](xml) == DocumentXML.bytes(try Self.document()))
        #expect(entry.fileAttributes[.modificationDate] as? Date == DocxWriter.entryTime)
        let styles = try #require(archive["word/styles.xml"])
        var text = Data()
        _ = try archive.extract(styles) { text.append($0) }
        #expect(String(decoding: text, as: UTF8.self).contains("<w:styles"))
    }

    @Test func storedUnlessAskedOtherwise() throws {
        let data = try DocxWriter(settings: .default).docx(try Self.document())
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        #expect(entry.compressedSize == entry.uncompressedSize)
        #expect(try #require(archive["word/styles.xml"]).compressedSize < archive["word/styles.xml"]!.uncompressedSize)
    }

    @Test func zlibsChecksum() {
        #expect(PackageAppender.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func anArchiveItCannotAppendToIsRefused() {
        #expect(PackageAppender(archive: Data([1, 2, 3])) == nil)
        #expect(PackageAppender(archive: Data(count: 40)) == nil)
    }
}
