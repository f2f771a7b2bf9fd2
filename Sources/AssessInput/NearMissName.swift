import AssessCore

/// A file in the data directory whose name looks like a table's but is not read: another case
/// (`Findings.CSV`) or an extra extension (`complaints.json.txt`). Reported, never silently skipped
/// (inputs.md "Validation").
struct NearMissName: Sendable, Equatable {
    /// The file's name as it is.
    var name: String
    var table: InputTable
    /// The name the table would be read from (`findings.csv`).
    var expected: String

    /// Every near miss among `entries`, in table order, then by name.
    static func find(in entries: Set<String>) -> [NearMissName] {
        var found: [NearMissName] = []
        for table in InputTable.allCases {
            let exact = Set(TableFile.forms.map { "\(table.rawValue).\($0.rawValue)" })
            for entry in entries.sorted() where !exact.contains(entry) {
                let lowered = entry.lowercased()
                // The longest form first, so `x.jsonl.txt` reads as jsonl, not json.
                for form in TableFile.forms.sorted(by: { $0.rawValue.count > $1.rawValue.count }) {
                    let name = "\(table.rawValue).\(form.rawValue)"
                    if lowered == name || lowered.hasPrefix(name + ".") {
                        found.append(NearMissName(name: entry, table: table, expected: name))
                        break
                    }
                }
            }
        }
        return found
    }

    /// `文件 Findings.CSV 未被读取：…请改名为 findings.csv`.
    var warning: RunWarning { .nearMissFileName(file: name, tableName: table.chinese, expected: expected) }
}
