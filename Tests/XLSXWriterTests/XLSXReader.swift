import Foundation

/// Reads a written workbook back with an independent reader (Python's openpyxl) and returns what the
/// script prints. Scripts get the path as `sys.argv[1]`.
enum XLSXReader {
    static func run(_ script: String, on url: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, url.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("xlsxwriter-tests-\(ProcessInfo.processInfo.processIdentifier)-\(name).xlsx")
    }
}
