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

    /// After the outputs are swapped in, before the ledger commits: `ASSESS_TEST_AFTER_SWAP=fail` makes the
    /// ledger's commit fail (the swap must be undone), `=pause:<seconds>` pauses (for a kill).
    static func afterSwap() throws {
        try pauseOrFail("ASSESS_TEST_AFTER_SWAP", said: "paused after swap")
    }

    /// After the ledger committed, before the old outputs are removed (`ASSESS_TEST_AFTER_COMMIT=pause:<seconds>`).
    static func afterCommit() {
        try? pauseOrFail("ASSESS_TEST_AFTER_COMMIT", said: "paused after commit")
    }

    private static func pauseOrFail(_ variable: String, said: String) throws {
        guard let text = ProcessInfo.processInfo.environment[variable] else { return }
        if text == "fail" {
            throw PipelineError(.ledger, "测试：台账提交失败。")
        }
        if text.hasPrefix("pause:"), let seconds = Double(text.dropFirst("pause:".count)) {
            FileHandle.standardError.write(Data((said + "\n").utf8))
            Thread.sleep(forTimeInterval: seconds)
        }
    }
}
