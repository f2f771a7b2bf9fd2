import AssessInput
import Foundation

/// libFuzzer target: the whole input as one date / datetime / int / bool value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzEntry.values(UnsafeRawBufferPointer(start: start, count: count))
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
