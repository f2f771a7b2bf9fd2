/// rules.md "Score": 100 points with five capped deductions, in IEEE doubles, evaluated in exactly the
/// written order (the formulas are part of the scores.csv contract).
///
/// ```
/// d_error  = min(cap, w * rate + w * serious_errors)        rate = 0 when undefined
/// d_inact  = min(cap, w * inactive_media)
/// d_late   = min(cap, w * (late_fixes - late_serious) + w * late_serious)
/// d_system = min(cap, w * count(missing_systems) + w * staffing_gaps)
/// d_compl  = min(cap, w * complaints)
/// score    = full - ((((d_error + d_inact) + d_late) + d_system) + d_compl)
/// ```
public enum ScoreRule {
    /// The five deductions of `metrics` with the weights and caps of `rules`.
    public static func deductions(_ metrics: UnitMetrics, rules: Rules) -> Deductions {
        let w = rules.weights
        let caps = rules.caps
        let rate = metrics.errorRatePermille ?? 0
        let error = min(caps.error, w.errorRate * rate + w.seriousError * Double(metrics.seriousErrors))
        let inactivity = min(caps.inactivity, w.inactiveMedia * Double(metrics.inactiveMedia))
        let late = min(caps.late, w.lateFix * Double(metrics.lateFixes - metrics.lateSerious)
                           + w.lateSerious * Double(metrics.lateSerious))
        let systems = min(caps.systems, w.missingSystem * Double(metrics.missingSystems.count)
                              + w.staffingGap * Double(metrics.staffingGaps))
        let complaints = min(caps.complaints, w.complaint * Double(metrics.complaints))
        return Deductions(error: error, inactivity: inactivity, late: late, systems: systems, complaints: complaints)
    }

    /// `full - total`, the total summed in the written order (`Deductions.total`).
    public static func score(_ deductions: Deductions, rules: Rules) -> Double {
        rules.fullScore - deductions.total
    }
}
