import Foundation

/// An independent reader of our outputs (Python's openpyxl, python-docx, installed by
/// `scripts/ensure-deps.sh --test`): runs its script on the given files and decodes the JSON it prints.
public enum PythonReader {
    /// The script failed; `message` is what Python printed on standard error.
    public struct Failed: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static func decode<Result: Decodable>(_ type: Result.Type, script: String, files: [URL]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + files.map(\.path)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = CommandRun.readAll(out)
        let errors = CommandRun.readAll(err)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(message: String(decoding: errors, as: UTF8.self)) }
        return try JSONDecoder().decode(Result.self, from: data)
    }
}
