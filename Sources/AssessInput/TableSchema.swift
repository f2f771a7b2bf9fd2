/// One column of an input table: canonical name, Chinese alias, and whether the header must have it.
package struct ColumnSpec: Sendable {
    enum Presence: Sendable {
        case required
        case optional
        /// Required unless another `.oneOfRequired` column of the table is present (complaints).
        case oneOfRequired
    }

    let name: String
    let alias: String
    let presence: Presence
    let nameBytes: [UInt8]
    let aliasBytes: [UInt8]

    init(_ name: String, _ alias: String, _ presence: Presence = .optional) {
        self.name = name
        self.alias = alias
        self.presence = presence
        nameBytes = Array(name.utf8)
        aliasBytes = Array(alias.utf8)
    }

    /// `发现时间（detected_at）`, as messages name a column.
    var label: String { "“\(alias)”（\(name)）" }
}

/// The columns of one table, in the spec's order (inputs.md "Tables").
package struct TableSchema: Sendable {
    let columns: [ColumnSpec]

    init(_ columns: [ColumnSpec]) { self.columns = columns }

    /// The column a header name or JSON key names (after trimming U+0020), by canonical name or alias.
    func column(named bytes: UnsafeRawBufferPointer) -> Int? {
        let name = UnsafeRawBufferPointer(rebasing: bytes[ByteText.trimmedRange(bytes)])
        for (index, column) in columns.enumerated() {
            if ByteText.equal(name, column.nameBytes) || ByteText.equal(name, column.aliasBytes) { return index }
        }
        return nil
    }

    /// Required columns a header lacks (for `complaints`, the one-of pair only when both are missing).
    func missingColumns(present: Set<Int>) -> [ColumnSpec] {
        var missing = columns.indices.filter { columns[$0].presence == .required && !present.contains($0) }
            .map { columns[$0] }
        let alternatives = columns.indices.filter { columns[$0].presence == .oneOfRequired }
        if !alternatives.isEmpty, !alternatives.contains(where: present.contains) {
            missing.append(contentsOf: alternatives.map { columns[$0] })
        }
        return missing
    }
}
