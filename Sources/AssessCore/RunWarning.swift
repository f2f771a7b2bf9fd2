/// Something a run tells the clerk and carries on: a typed value with its data, raised where the check is made
/// (the reader, the previous quarter, the numbering, the assessment). It becomes Chinese in one place,
/// `RunWarning+Chinese.swift`, which every output (console, manifest.json, 总览, summary.md) reads; tests
/// compare the cases.
public enum RunWarning: Hashable, Sendable {
    // MARK: - Reading the data folder (AssessInput)

    /// A file whose name looks like a table's (`Findings.CSV`) but is not read; `tableName` is the table's
    /// Chinese name, `expected` the name it would be read from (`findings.csv`).
    case nearMissFileName(file: String, tableName: String, expected: String)
    /// The optional table `editors` is absent: nobody registered.
    case editorsTableAbsent
    /// The optional table `systems` is absent: no unit declared a system.
    case systemsTableAbsent
    /// An xlsx file with more than one sheet: only the first is read.
    case otherSheetsIgnored(file: String, firstSheet: String, otherSheets: [String])
    /// A header column no table knows.
    case unknownColumn(file: String, column: String)
    /// A header column naming a column already seen (`earlier`, its canonical name); the first is used.
    case duplicateColumn(file: String, column: String, earlier: String)

    // MARK: - Previous quarter and numbering (AssessPipeline)

    /// Both the ledger and `--previous` hold the previous quarter: the ledger is used.
    case previousFileUnused(previousQuarter: Quarter, path: String)
    /// `--letter-start`/`--notice-start` below a number already used of `year`: raised above `used`.
    case numberingStartRaised(NumberSequence, start: Int, year: Int, used: Int)

    // MARK: - Assessment (AssessCore)

    /// A configured calendar entry that cannot be read (ignored).
    case calendarEntryIgnored(CalendarError)
    /// No previous quarter (`--no-previous`): every triggered unit gets a letter, no notice.
    case firstAssessment(previousQuarter: Quarter?)
    /// A working-time interval that cannot be read (ignored).
    case workingHoursIgnored(entry: String)
    /// A year the run needs that neither the shipped schedule nor the configuration covers.
    case calendarYearMissing(year: Int)

    /// The two number sequences a run hands out.
    public enum NumberSequence: Hashable, Sendable {
        case letters
        case notices
    }
}
