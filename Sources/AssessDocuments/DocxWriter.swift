import AssessCore
import Foundation
import ZIPFoundation

/// Writes official documents as `.docx` (Office Open XML WordprocessingML) packages with ZIPFoundation.
///
/// The parts every document of a run shares (styles with the configured fonts, settings, footers,
/// relationships) are deflated once, when the writer is made; each document copies that archive and adds
/// its own `word/document.xml`. Every entry has the same fixed time (1980-01-01 00:00 UTC, the first a ZIP
/// entry can hold) and permissions, in a fixed order, so a rerun gives the same bytes.
public struct DocxWriter: Sendable {
    /// The time stored in every entry.
    static let entryTime = Date(timeIntervalSince1970: 315_532_800)

    /// The constant parts, zipped.
    let base: Data

    public init(settings: DocumentSettings) throws {
        let archive = try Self.archive(Data(), mode: .create)
        for (path, text) in PackageParts.all(fonts: settings.fonts) {
            try Self.add(Data(text.utf8), at: path, to: archive)
        }
        guard let data = archive.data else { throw DocumentError("无法生成 Word 文件的固定部分（内存不足？）。") }
        base = data
    }

    /// The `.docx` bytes of a letter or notice read from its rendered Markdown.
    public func docx(markdown: String, kind: OfficialDocument.Kind) throws -> Data {
        try docx(OfficialDocument(markdown: markdown, kind: kind))
    }

    /// The `.docx` bytes of `document`.
    public func docx(_ document: OfficialDocument) throws -> Data {
        let archive = try Self.archive(base, mode: .update)
        try Self.add(Data(DocumentXML.xml(document).utf8), at: "word/document.xml", to: archive)
        guard let data = archive.data else { throw DocumentError("无法生成 Word 文件（内存不足？）。") }
        return data
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
