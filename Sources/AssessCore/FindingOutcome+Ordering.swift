// The two "worst first" orders of findings, each named for the output it serves (docs/RULES.md "Evidence
// order"). Both are total orders (the finding id breaks ties), so no output depends on input row order.

extension FindingOutcome {
    /// The listing order: each unit's counted findings as 问题明细 lists them and as `UnitEvidence` keeps them.
    /// Overdue, then late, then pending, then on time; within each, most seconds late first, then serious before
    /// general, then earliest notified, then finding id in UTF-8 byte order.
    public static func listingOrder(_ a: FindingOutcome, _ b: FindingOutcome) -> Bool {
        let keyA = listingKey(a.outcome, a.secondsLate, a.finding.severity, a.finding.notifiedAt)
        let keyB = listingKey(b.outcome, b.secondsLate, b.finding.severity, b.finding.notifiedAt)
        return keyA != keyB ? keyA < keyB : a.finding.id.precedesInByteOrder(b.finding.id)
    }

    /// The listing order before the finding id, ascending: outcome rank, most seconds late first (`~`: descending,
    /// without overflow), serious before general, earliest notified. Taken from the fields, so that a caller
    /// holding the outcomes in a buffer reads them without copying an outcome.
    private static func listingKey(_ outcome: Outcome, _ secondsLate: Int64, _ severity: Severity,
                                   _ notifiedAt: LocalDateTime) -> (Int, Int64, Int, LocalDateTime) {
        (outcome.listingRank, ~secondsLate, severity == .serious ? 0 : 1, notifiedAt)
    }

    /// Sorts `list` into the listing order in place, without copying an outcome: each outcome's plain sort fields
    /// are read once through the buffer, the positions sorted by them (the finding ids compared only on a tie), and
    /// the outcomes then moved into place by swaps. `sort(by: listingOrder)` hands its comparator copies, every
    /// string of both outcomes retained and released at each comparison (docs/PERFORMANCE.md "The basis, eighth
    /// session").
    static func sortInListingOrder(_ list: inout [FindingOutcome]) {
        list.withUnsafeMutableBufferPointer { outcomes in
            let keys = outcomes.indices.map { i in
                listingKey(outcomes[i].outcome, outcomes[i].secondsLate, outcomes[i].finding.severity,
                           outcomes[i].finding.notifiedAt)
            }
            let order = outcomes.indices.sorted { a, b in
                keys[a] != keys[b] ? keys[a] < keys[b] : outcomes[a].finding.id.precedesInByteOrder(outcomes[b].finding.id)
            }
            // Position p takes the outcome at order[p]: follow each cycle of the permutation with swaps.
            var placed = [Bool](repeating: false, count: order.count)
            for start in order.indices where !placed[start] {
                var p = start
                while order[p] != start {
                    outcomes.swapAt(p, order[p])
                    placed[p] = true
                    p = order[p]
                }
                placed[p] = true
            }
        }
    }

    /// The letters' order: the evidence a letter (and the notice's list of serious errors) names first.
    /// Major incidents, then serious, then overdue, late, pending, on time, then the longest delay, then the
    /// earliest detection, then the finding id (`String` order).
    public static func letterOrder(_ a: FindingOutcome, _ b: FindingOutcome) -> Bool {
        func rank(_ o: FindingOutcome) -> (Int, Int, Int, Int64) {
            (o.isMajorIncident ? 0 : 1, o.finding.severity == .serious ? 0 : 1, o.outcome.listingRank, -o.secondsLate)
        }
        let ra = rank(a), rb = rank(b)
        if ra != rb { return ra < rb }
        return (a.finding.detectedAt, a.finding.id) < (b.finding.detectedAt, b.finding.id)
    }
}

extension FindingOutcome.Outcome {
    /// 0 = worst (overdue) … 3 = on time.
    var listingRank: Int {
        switch self {
        case .overdue: 0
        case .late: 1
        case .pending: 2
        case .onTime: 3
        }
    }
}
