import Foundation

/// `--pdf`: converts the Word documents to PDF with LibreOffice (`soffice --headless --convert-to pdf`), beside
/// each `.docx` (documents.md "Optional PDF").
///
/// Found before anything is read or written, so that a run without LibreOffice stops at once (exit 2) and says
/// how to install it. Each run uses its own LibreOffice profile in a temporary folder, so an office suite the
/// clerk has open does not swallow the conversion.
struct PDFConverter: Sendable {
    /// The `soffice` executable.
    let office: URL
    /// Files per LibreOffice start: one start costs seconds, a command line has a length limit.
    static let batch = 200

    /// The first `soffice` or `libreoffice` on `PATH`; a `PipelineError` saying how to install it when none.
    static func locate(path: String? = ProcessInfo.processInfo.environment["PATH"]) throws -> PDFConverter {
        for folder in (path ?? "").split(separator: ":") {
            for name in ["soffice", "libreoffice"] {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return PDFConverter(office: candidate) }
            }
        }
        throw PipelineError(.configuration, """
            指定了 --pdf，但本机没有安装 LibreOffice（找不到 soffice 命令），未生成任何结果。\
            请先安装：sudo apt-get install libreoffice-writer（Debian/Ubuntu），或去掉 --pdf 只生成 Word 文件。
            """)
    }

    /// Converts `documents` (paths relative to `folder`) and returns the PDFs' relative paths, in the same order.
    /// `issueDate` (`20261008`) becomes each PDF's creation date (`PDFStamp`), so a rerun gives the same bytes.
    func convert(_ documents: [String], in folder: URL, issueDate: String) throws -> [String] {
        let profile = FileManager.default.temporaryDirectory
            .appendingPathComponent("assess-libreoffice-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let byFolder = Dictionary(grouping: documents) { ($0 as NSString).deletingLastPathComponent }
        for (subfolder, files) in byFolder.sorted(by: { $0.key < $1.key }) {
            for start in stride(from: 0, to: files.count, by: Self.batch) {
                let chunk = files[start..<min(files.count, start + Self.batch)]
                try run(chunk.map { folder.appendingPathComponent($0).path },
                        into: folder.appendingPathComponent(subfolder), profile: profile)
            }
        }
        let pdfs = documents.map { String($0.dropLast(5)) + ".pdf" }
        for pdf in pdfs {
            let file = folder.appendingPathComponent(pdf)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw PipelineError(.reports, "LibreOffice 未能把 \(pdf.dropLast(4)).docx 转换为 PDF：请确认 LibreOffice 能正常打开该文件，或去掉 --pdf 重新运行。")
            }
            try StagingDirectory.writeFile(file.path, [UInt8](PDFStamp.stamp(data, issueDate: issueDate)))
        }
        return pdfs
    }

    private func run(_ files: [String], into folder: URL, profile: URL) throws {
        let process = Process()
        process.executableURL = office
        process.arguments = ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
                             "--convert-to", "pdf", "--outdir", folder.path] + files
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw PipelineError(.reports, "无法启动 LibreOffice（\(office.path)）：请检查安装，或去掉 --pdf 重新运行。")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PipelineError(.reports, "LibreOffice 转换 PDF 失败（退出码 \(process.terminationStatus)）：请检查安装，或去掉 --pdf 重新运行。")
        }
    }
}
