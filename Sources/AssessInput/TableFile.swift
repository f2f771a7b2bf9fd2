import AssessCore
import Foundation

/// The one file found for a table in the data directory.
struct TableFile: Sendable {
    var table: InputTable
    /// File name in the data directory (`findings.csv`), as rejects name it.
    var name: String
    /// Directory + file name, as the user gave the directory (relative stays relative).
    var path: String
    var format: InputFileReport.Format
    var bytes: Int64

    /// Finds `NAME.csv|.json|.jsonl|.xlsx` for every table; two forms of one table is fatal, so is a missing
    /// required table. Absent optional tables are left out.
    static func locate(in directory: URL) throws(InputError) -> [InputTable: TableFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .noDirectory(directory.path)
        }
        var found: [InputTable: TableFile] = [:]
        for table in InputTable.allCases {
            var forms: [TableFile] = []
            for format in [InputFileReport.Format.csv, .json, .jsonl, .xlsx] {
                let name = "\(table.rawValue).\(format.rawValue)"
                let url = directory.appendingPathComponent(name)
                var entryIsDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &entryIsDirectory),
                      !entryIsDirectory.boolValue else { continue }
                let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.int64Value ?? 0
                forms.append(TableFile(table: table, name: name, path: url.relativePath, format: format, bytes: size))
            }
            if forms.count > 1 { throw .ambiguous(table, files: forms.map(\.name)) }
            if let file = forms.first {
                found[table] = file
            } else if table.isRequired {
                throw .missingTable(table, directory: directory.path)
            }
        }
        return found
    }
}
