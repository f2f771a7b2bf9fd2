import AssessCore

/// What 问题明细 lists: each assessed unit, in unit order, with its counted findings (the worst first) and
/// the names of its media. The same from the assessment's basis (before the posts are read) as from the
/// finished assessment, because the assessment starts from that basis.
struct FindingsListing {
    struct Entry {
        let unit: Unit
        let findings: [FindingOutcome]
        /// Media name by id, of the unit's media open during the quarter.
        let mediaNames: [String: String]
    }

    let units: [Entry]

    /// Rows of the sheet (all parts together).
    var rowCount: Int { units.reduce(0) { $0 + $1.findings.count } }

    init(_ basis: AssessmentBasis) {
        units = basis.units.map { assessed in
            Entry(unit: assessed.unit, findings: assessed.findings,
                  mediaNames: Self.names(assessed.media.map { ($0.media.id, $0.media.name) }))
        }
    }

    init(_ assessment: QuarterAssessment) {
        units = assessment.units.map { unit in
            Entry(unit: unit.unit, findings: unit.evidence.findings,
                  mediaNames: Self.names(unit.evidence.media.map { ($0.media.id, $0.media.name) }))
        }
    }

    private static func names(_ pairs: [(String, String)]) -> [String: String] {
        Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }
}
