import Foundation

/// Runs the built `assess` binary as a real process and collects its exit status and output.
public struct CommandRun: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public static func assess(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandRun {
        let process = try start(arguments, environment: environment)
        let out = process.outPipe.fileHandleForReading.readDataToEndOfFile()
        let err = process.errPipe.fileHandleForReading.readDataToEndOfFile()
        process.process.waitUntilExit()
        return CommandRun(status: process.process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                          stderr: String(decoding: err, as: UTF8.self))
    }

    public struct Started {
        public let process: Process
        public let outPipe: Pipe
        public let errPipe: Pipe
    }

    /// Starts `assess` without waiting (for tests that kill it).
    public static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Started {
        let process = Process()
        process.executableURL = ProjectPaths.assessBinary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return Started(process: process, outPipe: out, errPipe: err)
    }
}
