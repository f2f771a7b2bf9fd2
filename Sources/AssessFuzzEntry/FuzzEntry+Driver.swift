import Foundation

extension FuzzEntry {
    /// libFuzzer's per-input callback, as each fuzz target exports it (`LLVMFuzzerTestOneInput`).
    public typealias Callback = @convention(c) (UnsafeRawPointer?, Int) -> CInt

    /// The `main` of every fuzz target. Built with `-sanitize=fuzzer -DFUZZING` (Fuzz/run.sh) it hands over to
    /// libFuzzer's driver; in an ordinary build it replays the files (or folders of files) named on the command
    /// line, e.g. a crash file or a whole corpus, which is how the tests and CI run the corpus.
    public static func drive(_ callback: Callback) throws {
        #if FUZZING
        typealias Driver = @convention(c) (UnsafeMutablePointer<CInt>,
                                           UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                                           Callback) -> CInt
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerRunDriver") else { exit(3) }
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(unsafeBitCast(symbol, to: Driver.self)(&argc, &argv, callback))
        #else
        var files: [URL] = []
        for path in CommandLine.arguments.dropFirst() {
            let url = URL(fileURLWithPath: path)
            let children = try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
            files += children ?? [url]
        }
        for file in files {
            let data = try Data(contentsOf: file)
            _ = data.withUnsafeBytes { callback($0.baseAddress, $0.count) }
        }
        print("replayed \(files.count) inputs")
        #endif
    }
}
