import AssessFuzzEntry

/// libFuzzer target: the whole input as one date / datetime / int / bool value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzEntry.values(UnsafeRawBufferPointer(start: start, count: count))
    return 0
}

/// libFuzzer's driver when fuzzing; otherwise replays the files named on the command line (`FuzzEntry.drive`).
@main struct FuzzMain {
    static func main() throws { try FuzzEntry.drive(fuzzOneInput) }
}
