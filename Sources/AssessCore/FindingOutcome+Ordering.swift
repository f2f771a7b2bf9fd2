extension FindingOutcome {
    /// Worst first, for evidence in letters and the workbook: overdue, then late, then pending, then on
    /// time; within each, most seconds late first, then serious before general, then earliest notified,
    /// then finding id in UTF-8 byte order (a total order, so output is stable).
    public static func worstFirst(_ a: FindingOutcome, _ b: FindingOutcome) -> Bool {
        if a.outcome.worstRank != b.outcome.worstRank { return a.outcome.worstRank < b.outcome.worstRank }
        if a.secondsLate != b.secondsLate { return a.secondsLate > b.secondsLate }
        if a.finding.severity != b.finding.severity { return a.finding.severity == .serious }
        if a.finding.notifiedAt != b.finding.notifiedAt { return a.finding.notifiedAt < b.finding.notifiedAt }
        return a.finding.id.precedesInByteOrder(b.finding.id)
    }
}

extension FindingOutcome.Outcome {
    /// 0 = worst (overdue) … 3 = on time.
    var worstRank: Int {
        switch self {
        case .overdue: 0
        case .late: 1
        case .pending: 2
        case .onTime: 3
        }
    }
}
