import AssessCore
import AssessInput
import AssessLedger
import Foundation

/// Where the previous quarter's results come from (rules.md "Where the previous quarter comes from"): the
/// ledger first, else the `--previous` file, else nothing — and then only when the user said so with
/// `--no-previous`; a run never silently turns last quarter's notices into letters.
///
/// When both the ledger and `--previous` have the quarter, the ledger is used (it is what the earlier run
/// recorded) and a warning says that the file was not; the file is still read and checked, so that a wrong
/// file is never silently accepted.
struct PreviousQuarter {
    /// Each unit's previous result; nil only with `--no-previous`.
    var results: [String: PreviousResult]?
    /// The manifest's `previous_source`: `ledger`, the file's path, or `none`.
    var source: String
    /// The `--previous` file as read (its letter numbers feed the numbering), when one was given.
    var file: PreviousScoresFile.Contents?
    var warnings: [RunWarning]

    static func resolve(_ options: RunOptions, ledger: Ledger?) throws -> PreviousQuarter {
        let quarter = options.quarter
        guard let previous = quarter.previous else {
            return PreviousQuarter(results: nil, source: "none", file: nil, warnings: [])
        }
        if options.noPrevious, let file = options.previousFile {
            throw PipelineError(.previous, "--previous \(file.path) 与 --no-previous 不能同时使用：有上一季度的结果就只用 --previous，第一次考核（没有上一季度）才用 --no-previous。")
        }
        let file = try options.previousFile.map { url in
            try PipelineError.during(.previous) { try PreviousScoresFile.read(url, quarter: previous) }
        }
        let recorded = try PipelineError.during(.ledger) { try ledger?.previousResults(for: quarter) }
        if let recorded, let ledger {
            if options.noPrevious {
                throw PipelineError(.previous, "台账 \(ledger.path.path) 中已有上一季度 \(previous) 的结果，不能使用 --no-previous（那会把应通报的单位改为发整改函）。请去掉 --no-previous 后重新运行。")
            }
            var warnings: [RunWarning] = []
            if let url = options.previousFile {
                warnings.append(.previousFileUnused(previousQuarter: previous, path: url.path))
            }
            return PreviousQuarter(results: recorded, source: "ledger", file: file, warnings: warnings)
        }
        if let file, let url = options.previousFile {
            return PreviousQuarter(results: file.results, source: url.path, file: file, warnings: [])
        }
        if options.noPrevious {
            return PreviousQuarter(results: nil, source: "none", file: nil, warnings: [])
        }
        let missing = options.ledgerPath.map { "台账 \($0.path) 中没有 \(previous) 的记录" } ?? "本次未使用台账（--no-ledger）"
        throw PipelineError(.previous, """
            找不到上一季度（\(previous)）的评估结果：\(missing)，也没有用 --previous 指定。\
            上一季度的结果决定本季度是发整改函还是通报，不能省略。请用 --previous 指定 \(previous) 的 scores.csv；\
            若 \(quarter) 是第一次用本工具考核（没有上一季度），请加 --no-previous（凡触发评估标准的单位一律发整改函，不作通报）。
            """)
    }
}
