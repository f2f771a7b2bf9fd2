/// The rows of scores.csv and scores.json (outputs.md "scores.csv — byte for byte").
public enum ScoreTable {
    /// Column names, in order.
    public static let columns: [String] = [
        "quarter", "unit_id", "unit_name", "category", "region", "supervisor",
        "media_count", "unmonitored_media", "items_checked", "errors", "serious_errors", "error_rate_permille",
        "max_silent_days", "inactive_media", "findings_due", "late_fixes", "late_serious", "unfixed_overdue",
        "missing_systems", "staffing_gaps", "complaints", "major_incidents",
        "deduction_error", "deduction_inactivity", "deduction_late", "deduction_systems", "deduction_complaints",
        "score", "triggers", "previous_decision", "decision", "ideology_deduction", "letter_no",
    ]

    /// The fields of `unit`'s row, parallel to `columns`.
    public static func fields(of unit: UnitAssessment, quarter: Quarter) -> [ScoreField] {
        let m = unit.metrics
        let d = unit.deductions
        return [
            .text(quarter.description), .text(unit.unit.id), .text(unit.unit.name),
            .text(unit.unit.category.chinese), .text(unit.unit.region), .text(unit.supervisor),
            .integer(m.mediaCount), .integer(m.unmonitoredMedia), .integer(m.itemsChecked), .integer(m.errors),
            .integer(m.seriousErrors), m.errorRatePermille.map { .decimal(FixedPoint.format($0)) } ?? .empty,
            .integer(m.maxSilentDays), .integer(m.inactiveMedia), .integer(m.findingsDue), .integer(m.lateFixes),
            .integer(m.lateSerious), .integer(m.unfixedOverdue),
            .list(m.missingSystems.map(\.code)), .integer(m.staffingGaps), .integer(m.complaints),
            .integer(m.majorIncidents),
            .decimal(FixedPoint.format(d.error)), .decimal(FixedPoint.format(d.inactivity)),
            .decimal(FixedPoint.format(d.late)), .decimal(FixedPoint.format(d.systems)),
            .decimal(FixedPoint.format(d.complaints)), .decimal(FixedPoint.format(unit.score)),
            .list(unit.triggers.map(\.code)), unit.previous.map { .text($0.decision.code) } ?? .empty,
            .text(unit.decision.code), .decimal(FixedPoint.format(unit.ideologyDeduction)),
            unit.letterNumber.map { .text($0.description) } ?? .empty,
        ]
    }
}
