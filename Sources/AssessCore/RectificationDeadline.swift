/// Art. 15 rectification deadline of one finding (rules.md "Rectification deadlines").
///
/// The limit depends on whether `notified_at` falls in working time and on severity
/// (`Rules.deadlines`); `deadline = notified_at + limit` in elapsed clock time. Fixed: on time when
/// `fixed_at <= deadline`, else late. Not fixed: overdue when `as_of > deadline`, else pending.
public enum RectificationDeadline {
    /// Minutes allowed for a finding of `severity` notified in (or outside) working time.
    public static func limitMinutes(severity: Severity, inWorkingTime: Bool, limits: DeadlineLimits) -> Int {
        switch (inWorkingTime, severity) {
        case (true, .general): limits.generalInWorkingTime
        case (true, .serious): limits.seriousInWorkingTime
        case (false, .general): limits.generalOffHours
        case (false, .serious): limits.seriousOffHours
        }
    }

    /// The Art. 15 judgement of `finding` (of unit `unitID`) at `asOf`.
    public static func judge(_ finding: Finding, unitID: String, limits: DeadlineLimits, workingHours: WorkingHours,
                             calendar: WorkingCalendar, asOf: LocalDateTime) -> FindingOutcome {
        let inWorkingTime = workingHours.contains(finding.notifiedAt, calendar: calendar)
        let limit = limitMinutes(severity: finding.severity, inWorkingTime: inWorkingTime, limits: limits)
        let deadline = finding.notifiedAt.adding(minutes: limit)
        let outcome: FindingOutcome.Outcome
        let secondsLate: Int64
        if let fixed = finding.fixedAt {
            // A fix after as_of still counts as a fix (rules.md).
            outcome = fixed <= deadline ? .onTime : .late
            secondsLate = outcome == .late ? fixed.secondsSinceEpoch - deadline.secondsSinceEpoch : 0
        } else if asOf > deadline {
            outcome = .overdue
            secondsLate = asOf.secondsSinceEpoch - deadline.secondsSinceEpoch
        } else {
            outcome = .pending
            secondsLate = 0
        }
        return FindingOutcome(finding: finding, unitID: unitID, notifiedInWorkingTime: inWorkingTime,
                              limitMinutes: limit, deadline: deadline, outcome: outcome, secondsLate: secondsLate)
    }
}
