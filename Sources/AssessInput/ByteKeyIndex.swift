/// Open-addressing hash index from byte strings to their position, so the big streams look media ids up
/// straight from the row's bytes, without creating a `String` per row.
package struct ByteKeyIndex: Sendable {
    /// Key `i` is `arena[starts[i]..<starts[i + 1]]`.
    private var arena: [UInt8] = []
    private var starts: [Int] = []
    /// -1 = empty, else a key position.
    private var slots: [Int32]
    private let mask: Int

    /// Indexes `keys` by position; for a repeated key the first position wins.
    package init(_ keys: [String] = []) {
        for key in keys {
            starts.append(arena.count)
            arena.append(contentsOf: key.utf8)
        }
        starts.append(arena.count)
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for position in keys.indices {
            let key = Array(keys[position].utf8)
            key.withUnsafeBytes { bytes in
                guard find(bytes) == nil else { return }
                var slot = Self.hash(bytes) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(position)
            }
        }
    }

    /// Position of the key with `key`'s UTF-8 bytes, or nil.
    func find(_ key: String) -> Int? {
        var key = key
        return key.withUTF8 { find(UnsafeRawBufferPointer($0)) }
    }

    /// Position of the key with these bytes, or nil.
    func find(_ key: UnsafeRawBufferPointer) -> Int? {
        var slot = Self.hash(key) & mask
        return arena.withUnsafeBytes { arena in
            starts.withUnsafeBufferPointer { starts in
                slots.withUnsafeBufferPointer { slots -> Int? in
                    while true {
                        let position = Int(slots[slot])
                        if position < 0 { return nil }
                        let start = starts[position], count = starts[position + 1] - start
                        if count == key.count, ByteText.equal(key, UnsafeRawBufferPointer(rebasing: arena[start..<(start + count)])) {
                            return position
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// FNV-1a, 64-bit.
    @inline(__always)
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
