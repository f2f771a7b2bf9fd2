/// Art. 19 decision (rules.md "Decision"): none without a trigger; a notice when the unit already had a
/// letter or notice last quarter and did not improve; else a letter.
public enum DecisionRule {
    /// The decision for a unit with `triggers` and `score`, given last quarter's result (nil = none).
    public static func decide(triggers: [Trigger], score: Double, previous: PreviousResult?,
                              improvementMargin: Double) -> Decision {
        guard !triggers.isEmpty else { return .noAction }
        if let previous, previous.decision != .noAction,
           !improved(score: score, triggers: triggers, previous: previous, improvementMargin: improvementMargin) {
            return .notice
        }
        return .letter
    }

    /// `hundredths(score) - hundredths(previous.score) >= margin * 100` (both read from their `%.2f`
    /// print), or no current trigger was among last quarter's. An unreadable previous score fails the
    /// score test (only the trigger test can then show improvement).
    public static func improved(score: Double, triggers: [Trigger], previous: PreviousResult,
                                improvementMargin: Double) -> Bool {
        if !triggers.contains(where: previous.triggers.contains) { return true }
        guard let now = FixedPoint.hundredths(FixedPoint.format(score)),
              let before = FixedPoint.hundredths(previous.printedScore) else { return false }
        return now - before >= Int((improvementMargin * 100).rounded())
    }
}
