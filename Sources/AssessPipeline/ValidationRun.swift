import AssessCore
import AssessInput
import Foundation

/// `assess validate`: every input read and checked as a run reads it, and the rejected rows written where asked.
public enum ValidationRun {
    /// Where the rejects file may go (never over an input, nor inside the data folder), checked before reading.
    public static func checkRejectsFile(_ file: URL, data: URL) throws -> URL {
        try OutputLocation.checkFile(file, option: "--rejects", header: "file,line,column,reason,raw",
                                     protecting: [.init(data, role: "数据目录", kind: .dataFolder)])
    }

    /// Reads and validates every table in `data`; posts and inspections are summed for `quarter` when given.
    public static func read(_ data: URL, quarter: Quarter?) throws -> InputResult {
        try InputReader(directory: data, quarter: quarter).read()
    }

    /// Writes `rejects` (file,line,column,reason,raw) to `file`.
    public static func writeRejects(_ rejects: [RejectedRow], to file: URL) throws {
        try PipelineError.during(.outputs) {
            try Data(RejectsFile.csv(rejects).utf8).write(to: file, options: .atomic)
        }
    }
}
