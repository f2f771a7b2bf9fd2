extension String {
    /// UTF-8 byte order (outputs.md: rows sorted by `unit_id` in UTF-8 byte order), not `String <`,
    /// which compares by Unicode canonical equivalence.
    public func precedesInByteOrder(_ other: String) -> Bool {
        utf8.lexicographicallyPrecedes(other.utf8)
    }
}
