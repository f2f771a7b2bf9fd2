/// Media id → media index for the big streams, remembering the last hit (rows of one media tend to follow
/// each other), so most rows need neither a `String` nor a hash.
struct MediaLookup {
    private let index: [String: Int]
    private var lastKey: [UInt8] = []
    private var lastIndex = -1

    init(_ index: [String: Int]) { self.index = index }

    mutating func find(_ bytes: UnsafeRawBufferPointer) -> Int? {
        if lastIndex >= 0, bytes.elementsEqual(lastKey) { return lastIndex }
        guard let found = index[ByteText.string(bytes)] else { return nil }
        lastKey = Array(bytes)
        lastIndex = found
        return found
    }
}
