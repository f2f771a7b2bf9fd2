import Foundation
import Testing
import TestSupport
@testable import AssessPipeline

/// outputs.md "Where outputs may go", through the real `assess` binary: every refused `--out` and
/// `validate --rejects` exits 2 with a Chinese message naming both paths, and the file system is exactly as before.
@Suite(.serialized) struct OutputLocationTests {
    /// A working folder: `data/` (a copy of the 2026Q2 export), `state/ledger.sqlite` (Q2 recorded),
    /// `config.yaml`, `tpl/` (a copy of the templates), `notes/` (someone else's folder) and `q2/` (Q2's outputs).
    struct Place {
        let root: URL
        var data: URL { root.appendingPathComponent("data") }
        var ledger: URL { root.appendingPathComponent("state/ledger.sqlite") }
        var config: URL { root.appendingPathComponent("config.yaml") }
        var templates: URL { root.appendingPathComponent("tpl") }

        init() throws {
            root = try ProjectPaths.temporaryFolder("assess-out-guard")
            let fm = FileManager.default
            try fm.copyItem(at: ProjectPaths.sampleData("2026Q2"), to: root.appendingPathComponent("data"))
            try fm.copyItem(at: ProjectPaths.root.appendingPathComponent("Templates"), to: root.appendingPathComponent("tpl"))
            try fm.createDirectory(at: root.appendingPathComponent("notes"), withIntermediateDirectories: true)
            try Data("我的笔记\n".utf8).write(to: root.appendingPathComponent("notes/笔记.txt"))
            try Data("city: 昆明市\n".utf8).write(to: root.appendingPathComponent("config.yaml"))
            let q2 = try run(out: root.appendingPathComponent("q2").path)
            #expect(q2.status == 0, "\(q2.stderr)")
        }

        func run(out: String, _ extra: [String] = []) throws -> CommandRun {
            try CommandRun.assess(["run", "--quarter", "2026Q2", "--data", data.path, "--out", out,
                                   "--ledger", ledger.path, "--config", config.path, "--templates", templates.path,
                                   "--no-previous"] + extra)
        }

        /// Every path below the root (folders and links included) with the bytes of each regular file.
        func state() throws -> [String: Data] {
            var state = try ProjectPaths.snapshot(root)
            for case let relative as String in FileManager.default.enumerator(atPath: root.path)! {
                state["entry:" + relative] = state[relative] ?? Data()
            }
            for name in try FileManager.default.contentsOfDirectory(atPath: root.deletingLastPathComponent().path)
            where name.hasPrefix(".\(root.lastPathComponent)") {
                state["beside:" + name] = Data()
            }
            return state
        }
    }

    func expectRefused(_ result: CommandRun, naming paths: [String], before: [String: Data], after: [String: Data],
                       sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 2, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("错误：") && result.stderr.contains("未作任何改动"), "\(result.stderr)",
                sourceLocation: sourceLocation)
        for path in paths { #expect(result.stderr.contains(path), "\(path): \(result.stderr)", sourceLocation: sourceLocation) }
        #expect(before == after, "the file system changed", sourceLocation: sourceLocation)
    }

    @Test func anOutputFolderTouchingTheDataFolderIsRefused() throws {
        let place = try Place()
        try FileManager.default.createSymbolicLink(at: place.root.appendingPathComponent("link-to-data"),
                                                   withDestinationURL: place.data)
        let cases: [(out: String, names: [String])] = [
            (place.data.path, [place.data.path]),
            (place.root.path, [place.root.path, place.data.path]),
            (place.data.appendingPathComponent("结果").path, [place.data.path]),
            (place.root.path + "/notes/../data/x/..", [place.data.path]),
            (place.root.appendingPathComponent("link-to-data").path, [place.data.path]),
            (place.root.appendingPathComponent("link-to-data/sub").path, [place.data.path]),
        ]
        for (out, names) in cases {
            let before = try place.state()
            let result = try place.run(out: out)
            expectRefused(result, naming: [out] + names, before: before, after: try place.state())
        }
    }

    @Test func anOutputFolderThatIsOrHoldsTheLedgerConfigurationTemplatesOrPreviousIsRefused() throws {
        let place = try Place()
        let previous = place.root.appendingPathComponent("prev/scores.csv")
        try FileManager.default.createDirectory(at: previous.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: place.root.appendingPathComponent("q2/scores.csv"), to: previous)
        let cases: [(out: String, protected: String, extra: [String])] = [
            (place.ledger.deletingLastPathComponent().path, place.ledger.path, []),
            (place.ledger.path, place.ledger.path, []),
            (place.config.path, place.config.path, []),
            (place.templates.path, place.templates.path, []),
            (previous.deletingLastPathComponent().path, previous.path, ["--previous", previous.path, "--no-previous"]),
        ]
        for (out, protected, extra) in cases {
            let before = try place.state()
            var arguments = extra
            if arguments.contains("--previous") { arguments.removeAll { $0 == "--no-previous" } }
            let result = try CommandRun.assess(["run", "--quarter", extra.isEmpty ? "2026Q2" : "2026Q3",
                                                "--data", place.data.path, "--out", out, "--ledger", place.ledger.path,
                                                "--config", place.config.path, "--templates", place.templates.path]
                                               + (extra.isEmpty ? ["--no-previous"] : ["--previous", previous.path]))
            expectRefused(result, naming: [out, protected], before: before, after: try place.state())
        }
    }

    @Test func anExistingFileOrSomeoneElsesFolderIsRefusedButAnEarlierOutputOrAnEmptyFolderIsReplaced() throws {
        let place = try Place()
        for out in [place.root.appendingPathComponent("notes/笔记.txt").path, place.root.appendingPathComponent("notes").path] {
            let before = try place.state()
            expectRefused(try place.run(out: out), naming: [out], before: before, after: try place.state())
        }
        // A folder holding a manifest.json that is not ours is someone else's too.
        try Data(#"{"tool": "other"}"#.utf8).write(to: place.root.appendingPathComponent("notes/manifest.json"))
        let before = try place.state()
        let notOurs = place.root.appendingPathComponent("notes").path
        expectRefused(try place.run(out: notOurs), naming: [notOurs], before: before, after: try place.state())

        let earlier = try place.run(out: place.root.appendingPathComponent("q2").path)
        #expect(earlier.status == 0, "\(earlier.stderr)")
        let empty = place.root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let fresh = try place.run(out: empty.path)
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent("manifest.json").path))
    }

    @Test func validateRejectsNeverReplacesAnInputOrWritesIntoTheDataFolder() throws {
        let place = try Place()
        let someoneElses = place.root.appendingPathComponent("notes/笔记.txt").path
        for target in [place.data.appendingPathComponent("units.csv").path, place.data.appendingPathComponent("拒收.csv").path,
                       place.data.path, someoneElses, place.root.appendingPathComponent("notes").path] {
            let before = try place.state()
            let result = try CommandRun.assess(["validate", "--data", place.data.path, "--rejects", target])
            expectRefused(result, naming: [target], before: before, after: try place.state())
        }
        // Its own earlier file is replaced.
        let rejects = place.root.appendingPathComponent("rejects.csv")
        for _ in 0..<2 {
            let result = try CommandRun.assess(["validate", "--data", place.data.path, "--rejects", rejects.path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try String(contentsOf: rejects, encoding: .utf8).contains("file,line,column,reason,raw"))
    }

    @Test func pathsAreComparedAfterLinksAndDotsAreResolved() throws {
        let root = try ProjectPaths.temporaryFolder("assess-resolve")
        let real = root.appendingPathComponent("real/inner")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("link"), withDestinationURL: real)
        let resolvedRoot = OutputLocation.resolve(root).path
        #expect(OutputLocation.resolve(root.appendingPathComponent("link")).path == resolvedRoot + "/real/inner")
        // `..` after a link climbs from the link's target, as the kernel does.
        #expect(OutputLocation.resolve(URL(fileURLWithPath: root.path + "/link/../x")).path == resolvedRoot + "/real/x")
        #expect(OutputLocation.resolve(URL(fileURLWithPath: root.path + "/new/../real/./n")).path
                == resolvedRoot + "/real/n")
        #expect(OutputLocation.isInside(URL(fileURLWithPath: "/a/bc"), URL(fileURLWithPath: "/a/b")) == false)
        #expect(OutputLocation.isInside(URL(fileURLWithPath: "/a/b/c"), URL(fileURLWithPath: "/a/b")))
        #expect(OutputLocation.isInside(URL(fileURLWithPath: "/a"), URL(fileURLWithPath: "/")))
    }
}
