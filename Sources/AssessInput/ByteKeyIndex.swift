/// Open-addressing hash index from byte strings to their position, so the big streams look media ids up
/// straight from the row's bytes, without creating a `String` per row, and the findings' ids are checked for
/// repeats without hashing a `String` twice per finding (FNV-1a over the bytes instead of SipHash).
///
/// Each slot holds a key's position and 32 more bits of its hash, so a probe that meets another key is
/// settled by the slot alone; only a probe whose bits agree reads the key's bytes.
package struct ByteKeyIndex: Sendable {
    /// Key `i` is `arena[starts[i]..<starts[i + 1]]`.
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    /// `empty`, or a key's position in the low 32 bits and the high 32 bits of its hash above them.
    private var slots: [UInt64]
    private var mask: Int
    private static let empty = UInt64.max

    /// Indexes `keys` by position; for a repeated key the first position wins (the repeat keeps its position,
    /// found by none).
    package init(_ keys: [String] = []) {
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        slots = Array(repeating: Self.empty, count: size)
        mask = size - 1
        for key in keys { add(key, repeatsTakePositions: true) }
    }

    /// Number of positions (keys given to `init`, repeats included, and keys added by `insert`).
    package var count: Int { starts.count - 1 }

    /// Adds `key` at the next position unless it is indexed already; returns the position of the key, new or
    /// first, and whether it was added.
    @discardableResult
    package mutating func insert(_ key: String) -> (position: Int, inserted: Bool) {
        if (count + 1) * 2 > slots.count { grow() }
        return add(key, repeatsTakePositions: false)
    }

    /// Position of the key with `key`'s UTF-8 bytes, or nil.
    func find(_ key: String) -> Int? {
        var key = key
        return key.withUTF8 { find(UnsafeRawBufferPointer($0)) }
    }

    /// Position of the key with these bytes, or nil.
    func find(_ key: UnsafeRawBufferPointer) -> Int? {
        probe(key, hash: Self.hash(key)).found
    }

    /// The slot where `key` is, or the empty slot where it would go.
    private func probe(_ key: UnsafeRawBufferPointer, hash: UInt64) -> (slot: Int, found: Int?) {
        let tag = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry == Self.empty { return (slot, nil) }
                if entry >> 32 == tag {
                    let position = Int(entry & 0xFFFF_FFFF)
                    if equalsKey(at: position, key) { return (slot, position) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private func equalsKey(at position: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        let start = starts[position], end = starts[position + 1]
        guard end - start == key.count else { return false }
        return arena.withUnsafeBytes { ByteText.equal(key, UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Appends `key`'s bytes at the next position and indexes it unless it is there already; a repeat still
    /// takes a position when `repeatsTakePositions`.
    @discardableResult
    private mutating func add(_ key: String, repeatsTakePositions: Bool) -> (position: Int, inserted: Bool) {
        var key = key
        return key.withUTF8 { utf8 in
            let bytes = UnsafeRawBufferPointer(utf8)
            let hash = Self.hash(bytes)
            let (slot, found) = probe(bytes, hash: hash)
            if let found, !repeatsTakePositions { return (found, false) }
            let position = count
            if found == nil { slots[slot] = Self.entry(position, hash) }
            arena.append(contentsOf: bytes)
            starts.append(arena.count)
            return (found ?? position, found == nil)
        }
    }

    /// Doubles the slots and indexes every key again.
    private mutating func grow() {
        let size = slots.count * 2
        var grown = [UInt64](repeating: Self.empty, count: size)
        let mask = size - 1
        arena.withUnsafeBytes { arena in
            for entry in slots where entry != Self.empty {
                let position = Int(entry & 0xFFFF_FFFF)
                let hash = Self.hash(UnsafeRawBufferPointer(rebasing: arena[starts[position]..<starts[position + 1]]))
                var target = Int(truncatingIfNeeded: hash) & mask
                while grown[target] != Self.empty { target = (target + 1) & mask }
                grown[target] = entry
            }
        }
        slots = grown
        self.mask = mask
    }

    private static func entry(_ position: Int, _ hash: UInt64) -> UInt64 {
        UInt64(UInt32(position)) | (hash >> 32) << 32
    }

    /// FNV-1a, 64-bit, its high bits folded into the low ones that pick the slot.
    @inline(__always)
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h ^ (h >> 29)
    }
}
