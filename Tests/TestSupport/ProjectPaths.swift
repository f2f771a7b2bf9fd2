import Foundation

/// Where the project's own files are, for tests that read SampleData/, Templates/ or run the built `assess`.
public enum ProjectPaths {
    /// The package root (this file is `Tests/TestSupport/ProjectPaths.swift`).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func sampleData(_ name: String) -> URL { root.appendingPathComponent("SampleData/\(name)") }

    /// The `assess` executable built beside the test bundle (`swift build --build-tests` builds both).
    public static var assessBinary: URL {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().appendingPathComponent("assess")
    }

    /// A fresh empty temporary folder.
    public static func temporaryFolder(_ label: String = "assess") throws -> URL {
        // Digits spelled as letters: a UUID's digit runs can look like a phone number, and every message masks
        // those (outputs.md), which would hide the path a test looks for.
        let name = String(UUID().uuidString.map { $0.isNumber ? Character(UnicodeScalar(UInt8(ascii: "g") + UInt8(String($0))!)) : $0 })
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(name)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every regular file below `folder`, by relative path, with its bytes.
    public static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
        for case let relative as String in walker {
            let url = URL(fileURLWithPath: base).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }
}
