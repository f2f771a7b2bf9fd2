import Foundation

/// A pause point for the tests that kill a real run at its most delicate moment: outputs staged, ledger
/// transaction open, nothing committed. Active only when `ASSESS_TEST_PAUSE_BEFORE_COMMIT` (seconds) is set.
enum TestHook {
    static func pauseBeforeCommit() {
        guard let text = ProcessInfo.processInfo.environment["ASSESS_TEST_PAUSE_BEFORE_COMMIT"],
              let seconds = Double(text), seconds > 0 else { return }
        FileHandle.standardError.write(Data("paused before commit\n".utf8))
        Thread.sleep(forTimeInterval: seconds)
    }
}
