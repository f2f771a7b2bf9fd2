import AssessCore
import Foundation
import ZIPFoundation

/// Writes official documents as `.docx` (Office Open XML WordprocessingML) packages.
///
/// The parts every document of a run shares (styles with the configured fonts, settings, footers,
/// relationships) are zipped once by ZIPFoundation (deflated by zlib) when the writer is made. Each document
/// is then that archive's entries copied as they are, its own `word/document.xml` appended (`PackageAppender`:
/// a local header, the bytes, the central directory and its end record), so a letter costs no archive copy
/// and no deflate of the constant parts. Every entry has the same fixed time (1980-01-01 00:00 UTC, the first
/// a ZIP entry can hold) and permissions, in a fixed order, so a rerun gives the same bytes.
public struct DocxWriter: Sendable {
    /// The time stored in every entry.
    static let entryTime = Date(timeIntervalSince1970: 315_532_800)

    /// The constant parts, zipped, ready to have `word/document.xml` appended.
    let package: PackageAppender
    /// How `word/document.xml` is stored (docs/DOCUMENTS.md: stored, for speed).
    var documentCompression: PackageAppender.Compression = .stored

    public init(settings: DocumentSettings) throws {
        let archive = try Self.archive(Data(), mode: .create)
        for (path, text) in PackageParts.all(fonts: settings.fonts) {
            try Self.add(Data(text.utf8), at: path, to: archive)
        }
        guard let data = archive.data, let package = PackageAppender(archive: data) else {
            throw DocumentError("无法生成 Word 文件的固定部分（内存不足？）。")
        }
        self.package = package
    }

    /// The `.docx` bytes of a letter or notice read from its rendered Markdown.
    public func docx(markdown: String, kind: OfficialDocument.Kind) throws -> Data {
        try docx(OfficialDocument(markdown: markdown, kind: kind))
    }

    /// The `.docx` bytes of `document`.
    public func docx(_ document: OfficialDocument) throws -> Data {
        do {
            return try package.appending(DocumentXML.bytes(document), at: "word/document.xml",
                                         compression: documentCompression)
        } catch {
            throw DocumentError("无法写入 Word 文件的 word/document.xml 部分。")
        }
    }

    private static func archive(_ data: Data, mode: Archive.AccessMode) throws -> Archive {
        do {
            return try Archive(data: data, accessMode: mode)
        } catch {
            throw DocumentError("无法在内存中建立 Word 文件（ZIP）。")
        }
    }

    private static func add(_ data: Data, at path: String, to archive: Archive) throws {
        do {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: entryTime, permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        } catch {
            throw DocumentError("无法写入 Word 文件的 \(path) 部分。")
        }
    }
}
