import AssessCore
import AssessInput

/// The values a command line gives that the input files also hold, read by the same rules (inputs.md): the
/// executable's argument types call these, so `--as-of` and `--issue-date` accept what a findings file does.
public enum CommandLineValue {
    /// A date: `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY/M/D`; nil otherwise.
    public static func date(_ text: String) -> Day? { TypedValue.date(text) }

    /// A date and time as in the input files (no offset = China time); nil otherwise.
    public static func dateTime(_ text: String) -> LocalDateTime? { TypedValue.dateTime(text) }
}
