import Foundation

/// Helpers for tests that look inside a run's outputs: a data folder to add hostile rows to, the text of
/// every output file (the workbook unzipped), and every path below a folder.
public enum OutputScan {
    /// A copy of `SampleData/<quarter>` in a fresh temporary folder.
    public static func copyOfSample(_ quarter: String) throws -> URL {
        let folder = try ProjectPaths.temporaryFolder("assess-data").appendingPathComponent(quarter)
        try FileManager.default.copyItem(at: ProjectPaths.sampleData(quarter), to: folder)
        return folder
    }

    /// Appends bytes to a file.
    public static func append(_ bytes: Data, to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: bytes)
    }

    public static func append(_ text: String, to file: URL) throws { try append(Data(text.utf8), to: file) }

    /// Every path (files and folders) below `folder`, relative, sorted.
    public static func tree(_ folder: URL) -> [String] {
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        return walker.compactMap { $0 as? String }.sorted()
    }

    /// The members of a zip file (an .xlsx) by name, extracted with `unzip`.
    public static func unzip(_ file: URL) throws -> [String: Data] {
        let folder = try ProjectPaths.temporaryFolder("assess-unzip")
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-q", "-o", file.path, "-d", folder.path]
        try process.run()
        process.waitUntilExit()
        return try ProjectPaths.snapshot(folder)
    }

    /// Every output file's bytes by relative path; an .xlsx is replaced by its unzipped members
    /// (`assessment.xlsx!xl/worksheets/sheet1.xml`).
    public static func allOutputBytes(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for (name, bytes) in try ProjectPaths.snapshot(folder) {
            if name.hasSuffix(".xlsx") {
                for (member, data) in try unzip(folder.appendingPathComponent(name)) { result["\(name)!\(member)"] = data }
            } else {
                result[name] = bytes
            }
        }
        return result
    }
}
