import AssessFuzzEntry

/// libFuzzer target: one jsonl table file (byte 0 picks the table, byte 1 the chunk size of the split check, the rest is the file).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzEntry.run(UnsafeRawBufferPointer(start: start, count: count), format: .jsonl)
    return 0
}

/// libFuzzer's driver when fuzzing; otherwise replays the files named on the command line (`FuzzEntry.drive`).
@main struct FuzzMain {
    static func main() throws { try FuzzEntry.drive(fuzzOneInput) }
}
