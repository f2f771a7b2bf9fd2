import AssessCore
import AssessLedger
import Foundation

/// Where this run's letter and notice numbers continue from (rules.md "Letters", documents.md "Numbers"):
/// numbers are never handed out twice in a year.
///
/// A sequence of the issue year is known when the ledger holds a number of that year (any prefix), or — for
/// letters — the `--previous` file shows one, or the ledger records every earlier quarter of that year (so it
/// saw every number they used; none before the year's first quarter). Otherwise `--letter-start N`
/// (`--notice-start N`) gives the first free number, and `--no-previous` says numbering starts at 1. When none
/// of these applies the run stops — but only if it would hand out a new number of that year: a quarter that
/// needs no letter (or no notice) is not stopped for a number it does not use.
struct NumberingStart {
    var letters: LetterBook
    var notices: NoticeBook
    /// Whether each sequence's start is known; when not, handing out a new number stops the run.
    var lettersKnown: Bool
    var noticesKnown: Bool
    var issueYear: Int
    var warnings: [RunWarning]

    static func resolve(_ options: RunOptions, ledger: Ledger?, previous: PreviousQuarter, issueYear: Int) throws
        -> NumberingStart {
        var letters = try PipelineError.during(.ledger) { try ledger?.letterBook(for: options.quarter) } ?? LetterBook()
        var notices = try PipelineError.during(.ledger) { try ledger?.noticeBook(for: options.quarter) } ?? NoticeBook()
        let earlier = (1..<max(1, options.quarter.number)).compactMap { number in
            options.quarter.year == issueYear ? Quarter(year: issueYear, number: number) : nil
        }
        let ledgerSawYear = try PipelineError.during(.ledger) { try ledger?.hasRuns(of: earlier) } ?? earlier.isEmpty
        if letters.highestSequence[issueYear] == nil {
            let shown = (previous.file?.letterNumbers ?? []).filter { $0.year == issueYear }.map(\.sequence).max()
            if let shown { letters.highestSequence[issueYear] = shown }
        }
        var warnings: [RunWarning] = []
        let lettersKnown = apply(options.letterStart, to: &letters.highestSequence, year: issueYear,
                                 known: ledgerSawYear, noPrevious: options.noPrevious,
                                 sequence: .letters, warnings: &warnings)
        let noticesKnown = apply(options.noticeStart, to: &notices.highestSequence, year: issueYear,
                                 known: ledgerSawYear, noPrevious: options.noPrevious,
                                 sequence: .notices, warnings: &warnings)
        return NumberingStart(letters: letters, notices: notices, lettersKnown: lettersKnown,
                              noticesKnown: noticesKnown, issueYear: issueYear, warnings: warnings)
    }

    /// Applies a `--…-start N` to one sequence's highest number of `year`; returns whether the start is known.
    private static func apply(_ start: Int?, to highest: inout [Int: Int], year: Int, known ledgerSawYear: Bool,
                              noPrevious: Bool, sequence: RunWarning.NumberSequence,
                              warnings: inout [RunWarning]) -> Bool {
        if let start {
            let used = highest[year] ?? 0
            if start - 1 >= used {
                highest[year] = start - 1
            } else {
                warnings.append(.numberingStartRaised(sequence, start: start, year: year, used: used))
            }
            return true
        }
        if highest[year] != nil { return true }
        if ledgerSawYear || noPrevious {
            highest[year] = 0
            return true
        }
        return false
    }

    /// The highest letter number of the issue year known before this run numbered, when known (for the ledger).
    var letterFloor: [Int: Int] {
        lettersKnown ? letters.highestSequence.filter { $0.key == issueYear } : [:]
    }

    /// The same for the notice's sequence.
    var noticeFloor: [Int: Int] {
        noticesKnown ? notices.highestSequence.filter { $0.key == issueYear } : [:]
    }

    /// Stops the run when `assessment` hands out a new number of a sequence whose start is unknown.
    func check(_ assessment: QuarterAssessment) throws {
        let newLetters = assessment.units.compactMap(\.letterNumber).filter { number in
            number.year == issueYear && !letters.existing.values.contains(number)
        }
        if !lettersKnown, let first = newLetters.first {
            throw PipelineError(.ledger, """
                无法确定 \(issueYear) 年整改函的起始函号：台账中没有 \(issueYear) 年的函号，--previous 文件中也没有，\
                而 \(assessment.quarter) 不是 \(issueYear) 年的第一个季度，此前可能已发过函。为免重号，本次未生成任何结果。\
                请用 --letter-start N 指定第一个未用的序号（如此前已发到 \(first.prefix)〔\(issueYear)〕12号，就写 --letter-start 13）；\
                若此前从未发过函（第一次用本工具考核），请加 --no-previous。
                """)
        }
        if !noticesKnown, let number = assessment.noticeNumber, number.year == issueYear, number != notices.existing {
            throw PipelineError(.ledger, """
                无法确定 \(issueYear) 年通报的起始文号：台账中没有 \(issueYear) 年的通报文号，\
                而 \(assessment.quarter) 不是 \(issueYear) 年的第一个季度，此前可能已发过通报。为免重号，本次未生成任何结果。\
                请用 --notice-start N 指定第一个未用的序号（如此前已发到 \(number.prefix)〔\(issueYear)〕1号，就写 --notice-start 2）。
                """)
        }
    }
}
