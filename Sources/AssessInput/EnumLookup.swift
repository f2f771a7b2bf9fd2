import AssessCore

/// Fast matching of an enum column's bytes to a `CodedValue` (Chinese exactly, English case-insensitively).
struct EnumLookup<Value: CodedValue>: Sendable {
    private let entries: [(chinese: [UInt8], code: [UInt8], value: Value)]

    init() {
        entries = Value.allCases.map { (Array($0.chinese.utf8), Array($0.code.utf8), $0) }
    }

    func value(_ b: UnsafeRawBufferPointer) -> Value? {
        for entry in entries where ByteText.equal(b, entry.chinese) { return entry.value }
        for entry in entries where entry.code.count == b.count {
            if zip(b, entry.code).allSatisfy({ ($0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0)) == $1 }) { return entry.value }
        }
        return nil
    }
}
