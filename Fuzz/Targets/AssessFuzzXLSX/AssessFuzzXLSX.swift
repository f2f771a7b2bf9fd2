import AssessFuzzEntry

/// libFuzzer target: one xlsx table (byte 0 picks the table; byte 1 < 0x80: the rest is a whole .xlsx file,
/// otherwise the rest is a worksheet's XML checked whole against chunked).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzEntry.xlsx(UnsafeRawBufferPointer(start: start, count: count))
    return 0
}

/// libFuzzer's driver when fuzzing; otherwise replays the files named on the command line (`FuzzEntry.drive`).
@main struct FuzzMain {
    static func main() throws { try FuzzEntry.drive(fuzzOneInput) }
}
