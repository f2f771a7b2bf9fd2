/// The range every number of the configuration must lie in (rules.md "Configuration"), declared once: the
/// loader checks them (so `assess config --check` and every run do), and the rules can rely on them — no
/// deadline, working-day count or deduction derived from the configuration can overflow, loop for ages or
/// turn into an infinity.
public enum ConfigurationBounds {
    /// `report_working_days`: at most a year of working days (the due date is found day by day).
    public static let reportWorkingDays = 1.0...250
    /// `deadlines.*`, minutes of elapsed clock time: at most a year.
    public static let deadlineMinutes = 1.0...525_600
    /// `inactivity_days`: at most a year.
    public static let inactivityDays = 1.0...366
    /// `thresholds.error_rate_permille`.
    public static let errorRatePermille = 0.0...1000
    /// The other `thresholds.*` (counts of media, findings, complaints…).
    public static let countThreshold = 0.0...1_000_000
    /// `weights.*`, `caps.*`, `full_score`, `improvement_margin`, `ideology.*`: points.
    public static let points = 0.0...1000
    /// `compliance.min_posts`.
    public static let minPosts = 0.0...100_000
    /// Days one `calendar.holidays` / `calendar.workdays` range may span.
    public static let calendarRangeDays = 366
}
