import AssessInput
import Foundation

/// libFuzzer target: one jsonl table file (byte 0 picks the table, byte 1 the chunk size, the rest is the file).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzEntry.run(UnsafeRawBufferPointer(start: start, count: count), format: .jsonl)
    return 0
}

#if !FUZZING
/// Without libFuzzer (an ordinary build): replays the files named on the command line.
@main struct Replay {
    static func main() throws {
        for path in CommandLine.arguments.dropFirst() {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            _ = data.withUnsafeBytes { fuzzOneInput($0.baseAddress, $0.count) }
        }
    }
}
#endif
