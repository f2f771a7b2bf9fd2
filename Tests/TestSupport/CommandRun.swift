import Foundation

/// Runs the built `assess` binary as a real process and collects its exit status and output.
public struct CommandRun: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public static func assess(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandRun {
        let process = try start(arguments, environment: environment)
        // Drain stderr on another thread so neither pipe can fill up and block the child.
        let errBox = DataBox()
        let errPipe = process.errPipe
        let errThread = Thread { errBox.data = readAll(errPipe) }
        errThread.start()
        let out = readAll(process.outPipe)
        let err = errBox.wait()
        process.process.waitUntilExit()
        return CommandRun(status: process.process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                          stderr: String(decoding: err, as: UTF8.self))
    }

    /// Reads a pipe to its end with read(2), retrying on EINTR (Foundation's FileHandle traps on EINTR).
    public static func readAll(_ pipe: Pipe) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let fd = pipe.fileHandleForReading.fileDescriptor
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 { data.append(contentsOf: buffer[0..<n]); continue }
            if n < 0 && errno == EINTR { continue }
            return data
        }
    }

    /// Reads whatever is available now (blocking until something is), retrying on EINTR; empty at end of file.
    public static func readSome(_ pipe: Pipe) -> Data {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let fd = pipe.fileHandleForReading.fileDescriptor
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n >= 0 { return Data(buffer[0..<n]) }
            if errno != EINTR { return Data() }
        }
    }

    public struct Started: @unchecked Sendable {
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

/// A result handed from a reader thread: `data` is set once, `wait()` blocks until it is.
final class DataBox: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private var value = Data()

    var data: Data {
        get { value }
        set {
            value = newValue
            ready.signal()
        }
    }

    func wait() -> Data {
        ready.wait()
        return value
    }
}

extension CommandRun {
    /// Runs a system command (`/usr/bin/env` finds it) and returns its exit status; its output is discarded.
    public static func system(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
