import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command may write (outputs.md "Where outputs may go"). An output folder is replaced whole, so it must
/// not be, contain or lie inside the data folder, nor be or contain the ledger, the `--previous` file, the
/// configuration or the templates; it must not be an existing file, nor an existing non-empty folder that is
/// not an earlier output of this tool. An output file (`validate --rejects`) must not be an input, nor lie
/// inside the data folder, nor replace a file this tool did not write.
///
/// Paths are compared after `..` and symbolic links are resolved, so no spelling of a path slips through.
/// Every refusal is a `PipelineError` naming both paths; nothing is touched before the check.
public enum OutputLocation {
    /// A path an output must keep away from.
    public struct Protected: Sendable {
        public enum Kind: Sendable {
            /// The data folder: the output may neither contain it nor lie inside it.
            case dataFolder
            /// A file or folder the output must not be or contain (ledger, configuration, templates, …).
            case input
        }

        public var url: URL
        /// What it is, in the office's words (`数据目录`, `台账`, …).
        public var role: String
        public var kind: Kind

        public init(_ url: URL, role: String, kind: Kind = .input) {
            self.url = url
            self.role = role
            self.kind = kind
        }
    }

    /// Checks an output folder and returns it with symbolic links and `..` resolved (the path to write to).
    public static func checkFolder(_ out: URL, option: String = "--out", protecting protected: [Protected]) throws
        -> URL {
        let resolved = resolve(out)
        try checkAgainst(protected, output: resolved, given: out, option: option)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isFolder) else { return resolved }
        guard isFolder.boolValue else {
            throw refusal("\(option) \(out.path) 是一个已有的文件，不是文件夹。结果目录会被整体替换，为免误删，请换一个不存在的文件夹或以前的结果目录。")
        }
        // A mount point's own lost+found is not someone else's content.
        let names = try contents(of: resolved).filter { !($0 == "lost+found" && StagingDirectory.isMountPoint(resolved)) }
        if !names.isEmpty, !isEarlierOutput(resolved) {
            let shown = names.sorted().prefix(3).joined(separator: "、") + (names.count > 3 ? " 等 \(names.count) 项" : "")
            throw refusal("\(option) \(out.path) 是一个已有内容（\(shown)）的文件夹，但不是本工具以前生成的结果目录（里面没有本工具的 manifest.json）。结果目录会被整体替换，为免误删，请换一个新的文件夹名，例如 \(out.appendingPathComponent("结果").path)。")
        }
        return resolved
    }

    /// Checks an output file (`validate --rejects`) and returns it with symbolic links and `..` resolved.
    /// `header` is the first line of the files this tool writes there: an existing file is replaced only
    /// when it starts with it.
    public static func checkFile(_ out: URL, option: String, header: String, protecting protected: [Protected]) throws
        -> URL {
        let resolved = resolve(out)
        try checkAgainst(protected, output: resolved, given: out, option: option)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isFolder) else { return resolved }
        if isFolder.boolValue {
            throw refusal("\(option) \(out.path) 是一个文件夹，这里需要一个文件名，例如 \(out.appendingPathComponent("rejects.csv").path)。")
        }
        if !startsWith(resolved, header) {
            throw refusal("\(option) \(out.path) 是一个已有的文件，且不是本工具以前写出的同类文件；为免覆盖，请换一个新的文件名。")
        }
        return resolved
    }

    // MARK: - Rules

    private static func checkAgainst(_ protected: [Protected], output: URL, given: URL, option: String) throws {
        for item in protected {
            let path = resolve(item.url)
            let named = "\(option) \(given.path)" + (given.path == output.path ? " " : "（即 \(output.path)）")
            let other = "\(item.role) \(item.url.path)" + (item.url.path == path.path ? " " : "（即 \(path.path)）")
            if output.path == path.path {
                throw refusal("\(named)就是\(other)。输出会被整体替换，不能写在这里：请另选一个位置。")
            }
            if isInside(path, output) {
                throw refusal("\(named)包含\(other)。输出会被整体替换，会删掉它：请另选一个不包含它的文件夹。")
            }
            if item.kind == .dataFolder, isInside(output, path) {
                throw refusal("\(named)位于\(other)之内。输出不能写进数据目录：请另选数据目录以外的位置。")
            }
        }
    }

    private static func refusal(_ message: String) -> PipelineError {
        PipelineError(.outputs, message + "未作任何改动。")
    }

    /// Whether `inner` lies strictly inside `outer` (both resolved).
    static func isInside(_ inner: URL, _ outer: URL) -> Bool {
        let base = outer.path == "/" ? "/" : outer.path + "/"
        return inner.path != outer.path && inner.path.hasPrefix(base)
    }

    /// A manifest.json of this tool (`"tool" : "assess"`) at the folder's top.
    static func isEarlierOutput(_ folder: URL) -> Bool {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("manifest.json").path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        return object["tool"] as? String == "assess"
    }

    private static func startsWith(_ file: URL, _ header: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: file.path) else { return false }
        defer { try? handle.close() }
        let expected = Array(header.utf8)
        var bytes = [UInt8]((try? handle.read(upToCount: expected.count + 3)) ?? Data())
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return bytes.starts(with: expected)
    }

    private static func contents(of folder: URL) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw PipelineError(.outputs, "无法读取结果目录 \(folder.path) 的内容：请检查该文件夹的权限。未作任何改动。")
        }
    }

    // MARK: - Resolving

    /// The absolute path with `.`, `..` and every symbolic link of its existing part resolved; the part that
    /// does not exist yet is appended as written (`..` in it applied to the path so far).
    public static func resolve(_ url: URL) -> URL {
        let absolute = url.path.hasPrefix("/") ? url.path
            : FileManager.default.currentDirectoryPath + "/" + url.path
        var components = absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var missing: [String] = []
        while true {
            let candidate = "/" + components.joined(separator: "/")
            if let real = realPath(candidate) {
                var path = real
                for part in missing {
                    switch part {
                    case ".": continue
                    case "..": path = (path as NSString).deletingLastPathComponent
                    default: path = path == "/" ? "/" + part : path + "/" + part
                    }
                }
                return URL(fileURLWithPath: path.isEmpty ? "/" : path)
            }
            guard let last = components.popLast() else { return URL(fileURLWithPath: "/") }
            missing.insert(last, at: 0)
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
