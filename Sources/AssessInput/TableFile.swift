import AssessCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one file found for a table in the data directory.
package struct TableFile: Sendable {
    var table: InputTable
    /// File name in the data directory (`findings.csv`), as rejects name it.
    var name: String
    /// Directory + file name, as the user gave the directory (relative stays relative).
    var path: String
    var format: InputFileReport.Format
    var bytes: Int64

    package init(table: InputTable, name: String, path: String, format: InputFileReport.Format, bytes: Int64) {
        self.table = table
        self.name = name
        self.path = path
        self.format = format
        self.bytes = bytes
    }

    /// The forms a table file may take, by extension (inputs.md).
    static let forms: [InputFileReport.Format] = [.csv, .json, .jsonl, .xlsx]

    /// Finds `NAME.csv|.json|.jsonl|.xlsx` for every table; two forms of one table is fatal, so is a missing
    /// required table, and so is a table file that exists but cannot be read (a dangling link, a folder, a
    /// device or pipe, no permission: inputs.md "Validation"). Absent optional tables are left out.
    static func locate(in directory: URL) throws(InputError) -> [InputTable: TableFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .noDirectory(directory.path)
        }
        let entries = Self.entries(of: directory)
        var found: [InputTable: TableFile] = [:]
        for table in InputTable.allCases {
            var forms: [TableFile] = []
            for format in presentForms(of: table, in: entries) {
                let name = "\(table.rawValue).\(format.rawValue)"
                let url = directory.appendingPathComponent(name)
                let size = try readableSize(url.path, name: name)
                forms.append(TableFile(table: table, name: name, path: url.relativePath, format: format, bytes: size))
            }
            if forms.count > 1 { throw .ambiguous(table, files: forms.map(\.name)) }
            if let file = forms.first {
                found[table] = file
            } else if table.isRequired {
                throw .missingTable(table, directory: directory.path,
                                    nearMisses: NearMissName.find(in: entries).filter { $0.table == table })
            }
        }
        return found
    }

    /// The entries of the data directory (names only; links not followed).
    static func entries(of directory: URL) -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
    }

    /// The forms of `table` whose exact file name is in the directory (a link counts, dangling or not).
    private static func presentForms(of table: InputTable, in entries: Set<String>) -> [InputFileReport.Format] {
        Self.forms.filter { entries.contains("\(table.rawValue).\($0.rawValue)") }
    }

    /// The size of a table file that can be read; throws the unreadable-file error with the reason otherwise.
    private static func readableSize(_ path: String, name: String) throws(InputError) -> Int64 {
        var info = stat()
        guard stat(path, &info) == 0 else {
            var link = stat()
            let dangling = lstat(path, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK
            throw .unreadable(name, reason: dangling ? "是一个链接，但它指向的文件不存在" : String(cString: strerror(errno)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .unreadable(name, reason: "这是一个文件夹，不是文件")
        default: throw .unreadable(name, reason: "这不是普通文件（设备、管道或套接字）")
        }
        guard access(path, R_OK) == 0 else { throw .unreadable(name, reason: "没有读取权限") }
        return Int64(info.st_size)
    }
}
