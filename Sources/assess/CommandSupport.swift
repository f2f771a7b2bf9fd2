import ArgumentParser
import AssessPipeline
import Foundation

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

/// Checks of option values the parser cannot express by type, run from the commands' `validate()`.
enum CommandLineValues {
    /// A path option's value must not be empty (it would silently mean the current folder).
    static func checkPath(_ text: String, option: String) throws {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("\(option) 的值为空：请写出路径（含空格的路径请加引号）。")
        }
    }

    /// A whole-number option within `range` (a negative or absurd count is refused, never crashes a run).
    static func checkCount(_ value: Int?, option: String, in range: ClosedRange<Int>) throws {
        guard let value, !range.contains(value) else { return }
        throw ValidationError("\(option) 的值 \(value) 超出范围：应为 \(range.lowerBound) 到 \(range.upperBound) 之间的整数。")
    }
}
