/// A table file's header row matched to the table's columns (inputs.md "Encoding and CSV dialect"), the same for
/// every form with a header row (CSV, xlsx): each name trimmed and matched by canonical name or Chinese alias;
/// unknown columns and repeats of a column ignored with a warning; a missing required column fatal.
struct TableHeader {
    /// Header field index → schema column (nil = ignored).
    let columns: [Int?]
    /// Chinese warnings about ignored columns.
    let warnings: [String]

    /// `names[k]` is the text of the k-th header field (empty where the field is empty).
    init(names: [[UInt8]], schema: TableSchema, file: String) throws(InputError) {
        var columns: [Int?] = []
        var warnings: [String] = []
        var present = Set<Int>()
        for bytes in names {
            let (column, name) = bytes.withUnsafeBytes { raw in
                (schema.column(named: raw), ByteText.string(ByteText.trimmed(raw)))
            }
            guard let column else {
                if !name.isEmpty { warnings.append("\(file) 的列“\(name)”不是已知列，已忽略。") }
                columns.append(nil)
                continue
            }
            if present.contains(column) {
                warnings.append("\(file) 的列“\(name)”与前面的列重复（\(schema.columns[column].name)），使用前面的那一列。")
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
