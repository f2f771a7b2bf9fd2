import Foundation

extension ReportRenderer {
    /// Where the templates are when the run names no folder:
    /// 1. env `ASSESS_TEMPLATES`, if set and not empty;
    /// 2. else the first ancestor of the running executable's real path (`/proc/self/exe` resolved) that has a
    ///    `Templates/letter.md.mustache` — the built binary lives in `.build/…/assess` inside the project, so this
    ///    finds the project's templates from any working directory;
    /// 3. else the same walk up from the current directory.
    /// nil when none of these has the templates.
    public static func defaultTemplatesDirectory() -> URL? {
        let environment = ProcessInfo.processInfo.environment["ASSESS_TEMPLATES"]
        return defaultTemplatesDirectory(
            environment: environment, executable: runningExecutable(),
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
    }

    /// The lookup of `defaultTemplatesDirectory()` with its inputs given (for tests).
    static func defaultTemplatesDirectory(environment: String?, executable: URL?, currentDirectory: URL) -> URL? {
        if let environment, !environment.isEmpty {
            return URL(fileURLWithPath: environment, isDirectory: true)
        }
        let starts = [executable?.deletingLastPathComponent(), currentDirectory].compactMap { $0 }
        for start in starts {
            if let found = templatesFolder(above: start) { return found }
        }
        return nil
    }

    /// The first `Templates/` holding `letter.md.mustache` in `directory` or one of its ancestors.
    static func templatesFolder(above directory: URL) -> URL? {
        var current = directory.standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent("Templates", isDirectory: true)
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(letterFile).path) {
                return candidate
            }
            let parent = current.deletingLastPathComponent().standardizedFileURL
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    /// The real path of the running executable: `/proc/self/exe` resolved on Linux, else the bundle's executable.
    static func runningExecutable() -> URL? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path).resolvingSymlinksInPath()
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }
}
