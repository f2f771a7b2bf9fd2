import AssessCore
import AssessInput
import AssessPipeline
import ArgumentParser
import Foundation

extension Quarter: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// Prints a failure the Chinese way and exits with status 2 (bad input, configuration or ledger).
func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data(("错误：" + PhoneMask.maskAll(in: message) + "\n").utf8))
    return ExitCode(2)
}

/// Runs `body`, turning every known error into a message and exit status 2 — never a stack trace.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        throw fail(PipelineError.explain(error))
    }
}

/// The console's phone-masking boundary (outputs.md "Personal data"): every line printed goes through here.
func printOut(_ text: String) {
    FileHandle.standardOutput.write(Data((PhoneMask.maskAll(in: text) + "\n").utf8))
}

func printErr(_ text: String) {
    FileHandle.standardError.write(Data((PhoneMask.maskAll(in: text) + "\n").utf8))
}

/// Command-line dates and times, read by the same rules as the input files.
enum CommandLineValues {
    static func dateTime(_ text: String, option: String) throws -> LocalDateTime {
        guard let value = TypedValue.dateTime(text) else {
            throw ValidationError("\(option) 的值“\(text)”不是有效的日期时间（应如 2026-10-08 17:00）。")
        }
        return value
    }

    static func date(_ text: String, option: String) throws -> Day {
        guard let value = TypedValue.date(text) else {
            throw ValidationError("\(option) 的值“\(text)”不是有效的日期（应如 2026-10-09）。")
        }
        return value
    }

    /// A path option's value as a file URL; an empty value is refused (it would silently mean the current folder).
    static func path(_ text: String, option: String) throws -> URL {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("\(option) 的值为空：请写出路径（含空格的路径请加引号）。")
        }
        return URL(fileURLWithPath: text)
    }

    /// A whole-number option within `range` (a negative or absurd count is refused, never crashes a run).
    static func count(_ value: Int, option: String, in range: ClosedRange<Int>) throws -> Int {
        guard range.contains(value) else {
            throw ValidationError("\(option) 的值 \(value) 超出范围：应为 \(range.lowerBound) 到 \(range.upperBound) 之间的整数。")
        }
        return value
    }
}
