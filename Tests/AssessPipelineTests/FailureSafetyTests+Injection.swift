import AssessCore
import AssessLedger
import Foundation
import Testing
import TestSupport

/// More failure injection (issue 9): a corrupt ledger, a missing template, a full disk, and a loop of real
/// kills at random moments. After each, the earlier outputs and ledger are intact and the message says what to do.
extension FailureSafetyTests {
    func runQ3(out: URL, ledger: URL, extra: [String] = []) throws -> CommandRun {
        try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path,
                               "--out", out.path, "--ledger", ledger.path] + extra)
    }

    @Test func corruptLedgerStopsWithAClearMessageAndIsNotReplaced() throws {
        let (out, ledger, before) = try recordedQ2()
        var generator = SystemRandomNumberGenerator()
        let garbage = Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try garbage.write(to: ledger)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: ledger.path + suffix) }
        let result = try runQ3(out: out, ledger: ledger)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("错误：") && result.stderr.contains("台账"), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(try Data(contentsOf: ledger) == garbage)
        #expect(try ProjectPaths.snapshot(out) == before)
    }

    @Test func missingTemplateStopsWithAClearMessageNamingIt() throws {
        let (out, ledger, before) = try recordedQ2()
        let templates = try ProjectPaths.temporaryFolder("assess-templates").appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: ProjectPaths.root.appendingPathComponent("Templates"), to: templates)
        // Every template `run` reads (year.md.mustache is `assess year`'s: YearReportTests covers it missing).
        let names = try FileManager.default.contentsOfDirectory(atPath: templates.path)
            .filter { $0.hasSuffix(".mustache") && $0 != "year.md.mustache" }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let file = templates.appendingPathComponent(name)
            let saved = try Data(contentsOf: file)
            try FileManager.default.removeItem(at: file)
            let result = try runQ3(out: out, ledger: ledger, extra: ["--templates", templates.path])
            try saved.write(to: file)
            #expect(result.status == 2, "\(name)")
            #expect(result.stderr.hasPrefix("错误：") && result.stderr.contains(name), "\(name): \(result.stderr)")
            #expect(try ProjectPaths.snapshot(out) == before)
            #expect(try Ledger(path: ledger).runs(of: Quarter("2026Q3")!).isEmpty)
        }
    }

    @Test(.enabled(if: SmallDisk.canMount, "mounting a tmpfs needs root (CAP_SYS_ADMIN); skipped"))
    func fullDiskFailsCleanlyAndKeepsTheEarlierOutputs() throws {
        let (q2Out, ledger, before) = try recordedQ2()
        let size = before.values.reduce(0) { $0 + $1.count }
        // Room for the Q2 outputs once and a half: Q3's staging folder cannot fit beside them.
        let disk = try SmallDisk(bytes: size * 3 / 2 + 16_384)
        defer { disk.unmount() }
        let out = disk.url.appendingPathComponent("out")
        try FileManager.default.copyItem(at: q2Out, to: out)
        #expect(try ProjectPaths.snapshot(out) == before)
        let result = try runQ3(out: out, ledger: ledger)
        #expect(result.status == 2)
        #expect(Self.diskFullMessage(result.stderr), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(try ProjectPaths.snapshot(out) == before)
        #expect(OutputScan.tree(disk.url) .allSatisfy { $0 == "out" || $0.hasPrefix("out/") }, "staging left behind")
        #expect(try Ledger(path: ledger).runs(of: Quarter("2026Q3")!).isEmpty)
        // A disk too small even for one set: nothing at all is left.
        let tiny = try SmallDisk(bytes: 16_384)
        defer { tiny.unmount() }
        let failed = try runQ3(out: tiny.url.appendingPathComponent("out"), ledger: ledger)
        #expect(failed.status == 2 && Self.diskFullMessage(failed.stderr), "\(failed.stderr)")
        #expect(OutputScan.tree(tiny.url).isEmpty)
    }

    /// Our Chinese message about the disk; the workbook, written at the same time, may have hit the full disk
    /// first, and libxlsxwriter prints its own `[ERROR]` lines before it (docs/RELIABILITY.md).
    static func diskFullMessage(_ stderr: String) -> Bool {
        let lines = stderr.split(separator: "\n").filter { !$0.hasPrefix("[ERROR]") && !$0.hasPrefix("[WARNING]") }
        return lines.first?.hasPrefix("错误：") == true && lines.first?.contains("磁盘") == true
    }

    /// ~20 real SIGKILLs at random moments of a Q3 run over Q2's outputs: afterwards the output folder is
    /// exactly Q2's or exactly Q3's, the ledger opens with Q2 and at most one Q3 run, and a rerun succeeds.
    @Test func randomKillsLeaveEitherTheOldOrTheNewCompleteSet() throws {
        let (q2Out, q2Ledger, old) = try recordedQ2()
        // The known-good new set: Q3 over a copy of the Q2 state.
        let reference = try ProjectPaths.temporaryFolder("assess-kill-reference")
        try FileManager.default.copyItem(at: q2Out, to: reference.appendingPathComponent("out"))
        try FileManager.default.copyItem(at: q2Ledger, to: reference.appendingPathComponent("ledger.sqlite"))
        let clock = ContinuousClock.now
        let done = try runQ3(out: reference.appendingPathComponent("out"), ledger: reference.appendingPathComponent("ledger.sqlite"))
        #expect(done.status == 0)
        // Kill at a random moment of a whole run (0–400 ms, or the run's length when longer, so the late
        // stages — staging, ledger, swap — are hit too).
        let elapsed = clock.duration(to: .now).components
        let runMicroseconds = UInt32(min(elapsed.seconds * 1_000_000 + elapsed.attoseconds / 1_000_000_000_000, 5_000_000))
        let new = try ProjectPaths.snapshot(reference.appendingPathComponent("out"))
        #expect(new != old)

        var outcomes: [String: Int] = [:]
        for iteration in 0..<20 {
            let folder = try ProjectPaths.temporaryFolder("assess-kill")
            let out = folder.appendingPathComponent("out"), ledger = folder.appendingPathComponent("ledger.sqlite")
            try FileManager.default.copyItem(at: q2Out, to: out)
            try FileManager.default.copyItem(at: q2Ledger, to: ledger)
            let started = try CommandRun.start(["run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path,
                                                "--out", out.path, "--ledger", ledger.path])
            usleep(UInt32.random(in: 0...max(400_000, runMicroseconds * 11 / 10)))
            kill(started.process.processIdentifier, SIGKILL)
            started.process.waitUntilExit()

            let after = try ProjectPaths.snapshot(out)
            #expect(after == old || after == new, "iteration \(iteration): neither the old nor the new set")
            let runs = try Ledger(path: ledger).runs(of: Quarter("2026Q3")!).count
            #expect(runs <= 1)
            #expect(try Ledger(path: ledger).runs(of: Quarter("2026Q2")!).count == 1)
            if runs == 1 { #expect(after == new, "iteration \(iteration): recorded but old outputs") }
            outcomes[after == new ? "new" : "old", default: 0] += 1
            if iteration % 5 == 4 {
                // The next run cleans up whatever the kill left and gives the new set.
                #expect(try runQ3(out: out, ledger: ledger).status == 0)
                #expect(try ProjectPaths.snapshot(out) == new)
                #expect(OutputScan.tree(folder).allSatisfy { $0.hasPrefix("out") || $0.hasPrefix("ledger.sqlite") },
                        "\(OutputScan.tree(folder).filter { !$0.hasPrefix("out/") })")
            }
            try? FileManager.default.removeItem(at: folder)
        }
        print("random kills: \(outcomes)")
    }
}

/// A small tmpfs mounted for one test (Linux, root only).
struct SmallDisk {
    let url: URL

    init(bytes: Int) throws {
        url = try ProjectPaths.temporaryFolder("assess-disk")
        guard Self.run(["/bin/mount", "-t", "tmpfs", "-o", "size=\(bytes)", "tmpfs", url.path]) == 0 else {
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    func unmount() {
        _ = Self.run(["/bin/umount", url.path])
        try? FileManager.default.removeItem(at: url)
    }

    static let canMount: Bool = {
        guard let disk = try? SmallDisk(bytes: 65_536) else { return false }
        disk.unmount()
        return true
    }()

    @discardableResult
    static func run(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
