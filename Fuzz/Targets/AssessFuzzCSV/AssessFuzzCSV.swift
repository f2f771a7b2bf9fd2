import AssessInput
import Foundation

/// libFuzzer target: one csv table file (byte 0 picks the table, byte 1 the chunk size of the split check, the rest is the file).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzEntry.run(UnsafeRawBufferPointer(start: start, count: count), format: .csv)
    return 0
}

/// Built with `-sanitize=fuzzer -DFUZZING` (Fuzz/run.sh): hands over to libFuzzer's driver. Otherwise (an
/// ordinary build): replays the files named on the command line, e.g. a crash file or a whole corpus folder.
@main struct FuzzMain {
    static func main() throws {
        #if FUZZING
        typealias Callback = @convention(c) (UnsafeRawPointer?, Int) -> CInt
        typealias Driver = @convention(c) (UnsafeMutablePointer<CInt>,
                                           UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                                           Callback) -> CInt
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerRunDriver") else { exit(3) }
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(unsafeBitCast(symbol, to: Driver.self)(&argc, &argv) { fuzzOneInput($0, $1) })
        #else
        var files: [URL] = []
        for path in CommandLine.arguments.dropFirst() {
            let url = URL(fileURLWithPath: path)
            let children = try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
            files += children ?? [url]
        }
        for file in files {
            let data = try Data(contentsOf: file)
            _ = data.withUnsafeBytes { fuzzOneInput($0.baseAddress, $0.count) }
        }
        print("replayed \(files.count) inputs")
        #endif
    }
}
