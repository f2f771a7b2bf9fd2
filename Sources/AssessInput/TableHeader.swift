import AssessCore

/// A table file's header row matched to the table's columns (inputs.md "Encoding and CSV dialect"), the same for
/// every form with a header row (CSV, xlsx): each name trimmed and matched by canonical name or Chinese alias;
/// unknown columns and repeats of a column ignored with a warning; a missing required column fatal.
struct TableHeader {
    /// Header field index → schema column (nil = ignored).
    let columns: [Int?]
    /// Warnings about ignored columns.
    let warnings: [RunWarning]

    /// `names[k]` is the text of the k-th header field (empty where the field is empty).
    init(names: [[UInt8]], schema: TableSchema, file: String) throws(InputError) {
        var columns: [Int?] = []
        var warnings: [RunWarning] = []
        var present = Set<Int>()
        for bytes in names {
            let (column, name) = bytes.withUnsafeBytes { raw in
                (schema.column(named: raw), ByteText.string(ByteText.trimmed(raw)))
            }
            guard let column else {
                if !name.isEmpty { warnings.append(.unknownColumn(file: file, column: name)) }
                columns.append(nil)
                continue
            }
            if present.contains(column) {
                warnings.append(.duplicateColumn(file: file, column: name, earlier: schema.columns[column].name))
                columns.append(nil)
            } else {
                present.insert(column)
                columns.append(column)
            }
        }
        let missing = schema.missingColumns(present: present)
        guard missing.isEmpty else { throw InputError.missingColumns(file, missing) }
        self.columns = columns
        self.warnings = warnings
    }
}
