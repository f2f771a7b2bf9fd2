/// One column of an input table: canonical name, Chinese alias, whether the header must have it, and whether a
/// loader reads its value.
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
    /// False for a column whose value no loader reads, only checks (`RowFields.unused`: posts' titles). A reader
    /// may then hand over the value's bytes as they stand in the file: a worksheet's inline string still
    /// XML-escaped, decoded only if the row is rejected (`XLSXSheetParser`).
    package let isValueRead: Bool
    let nameBytes: [UInt8]
    let aliasBytes: [UInt8]

    init(_ name: String, _ alias: String, _ presence: Presence = .optional, valueRead: Bool = true) {
        self.name = name
        self.alias = alias
        self.presence = presence
        isValueRead = valueRead
        nameBytes = Array(name.utf8)
        aliasBytes = Array(alias.utf8)
    }

    /// `发现时间（detected_at）`, as messages name a column.
    var label: String { "“\(alias)”（\(name)）" }
}

/// The columns of one table, in the spec's order (inputs.md "Tables").
package struct TableSchema: Sendable {
    package let columns: [ColumnSpec]

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
