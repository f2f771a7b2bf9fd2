/// The one-page brief for leaders (outputs.md "For people, on screen and on paper"): the quarter in numbers,
/// the units named in the notice and sent letters with their problems, the major incidents, the ten lowest
/// scores and the regions. 总览 prints it on one A4 page and `summary.md` opens with it, both from this value,
/// so they always agree.
///
/// Long lists are cut to what fits the page (`BriefPage`), the most serious first; `namedMore` and
/// `incidentsMore` say how many more 处理决定 and 问题明细 list.
public struct QuarterBrief: Sendable {
    public struct Figures: Sendable, Equatable {
        public var units: Int
        public var media: Int
        public var mediaPassed: Int
        public var letters: Int
        public var notices: Int
        public var majorIncidents: Int
        public var rejectedRows: Int
        /// Mean unit score; nil without units.
        public var averageScore: Double?
        public var lowestScore: Double?
        /// Passed media over media; nil without media.
        public var mediaPassRate: Double? { media == 0 ? nil : Double(mediaPassed) / Double(media) }
    }

    /// A unit named in the notice or sent a letter.
    public struct NamedUnit: Sendable, Equatable {
        public var unit: Unit
        public var decision: Decision
        public var score: Double
        /// Its Art. 19 criteria in words, `错误率高、长期不发布`.
        public var problems: String
        public var letterNumber: LetterNumber?
        /// Printed lines the entry takes on the page.
        public var lines: Int
    }

    /// A major incident (rules.md): serious and one of 表述错误, 泄密, 隐私泄露, 数据造假.
    public struct Incident: Sendable, Equatable {
        public var unit: Unit
        public var mediaName: String
        public var finding: FindingOutcome
        /// `表述错误（严重），逾期未改`.
        public var problem: String
        public var lines: Int
    }

    /// One of the lowest-scoring units.
    public struct RankedUnit: Sendable, Equatable {
        public var unit: Unit
        public var score: Double
        public var decision: Decision
        public var lines: Int
    }

    /// Units of a region or supervisor.
    public struct Group: Sendable, Equatable {
        public var name: String
        public var units: Int
        public var averageScore: Double
        public var letters: Int
        public var notices: Int
    }

    public var quarter: Quarter
    public var figures: Figures
    /// Notices first, then letters, each by score (lowest first), then unit id.
    public var named: [NamedUnit]
    /// Named units left out for want of room (listed in 处理决定).
    public var namedMore: Int
    /// By detection time, then finding id.
    public var incidents: [Incident]
    /// Incidents left out for want of room (listed in 问题明细).
    public var incidentsMore: Int
    /// At most `BriefPage.lowest`, lowest score first, then unit id.
    public var lowest: [RankedUnit]
    /// Regions in administrative order.
    public var regions: [Group]
    /// Supervisors in administrative order.
    public var supervisors: [Group]
    /// Printed lines of each shared row of the lowest scores and the regions (the taller of the two).
    public var sideBySideLines: [Int]

    public init(_ assessment: QuarterAssessment, rejectedRows: Int, page: BriefPage = .a4) {
        let units = assessment.units
        quarter = assessment.quarter
        // Units are read in place, by index where they are sorted or grouped: a copy of a unit retains every
        // field, and 20,000 of them are copied many times over by sorting or grouping the values themselves.
        let media = units.reduce(0) { $0 + $1.evidence.media.count }
        let mediaPassed = units.reduce(0) { count, unit in count + unit.evidence.media.count { !$0.fails } }
        let letters = units.count { $0.decision == .letter }
        let notices = units.count { $0.decision == .notice }
        let allIncidents = Self.incidents(units, page: page)
        figures = Figures(units: units.count, media: media, mediaPassed: mediaPassed,
                          letters: letters, notices: notices, majorIncidents: allIncidents.count,
                          rejectedRows: rejectedRows, averageScore: Self.average(units.map(\.score)),
                          lowestScore: units.map(\.score).min())
        let namedIndices = units.indices.filter { units[$0].decision != .noAction }
        let allNamed = namedIndices.sorted { Self.mostSerious(units, $0, $1) }.map { i in
            let u = units[i]  // one copy per named unit, as before
            let problems = u.triggers.map(\.chinese).joined(separator: "、")
            return NamedUnit(unit: u.unit, decision: u.decision, score: u.score, problems: problems,
                             letterNumber: u.letterNumber,
                             lines: max(page.lines(u.unit.name, perLine: page.nameCharacters),
                                        page.lines(problems, perLine: page.problemCharacters)))
        }
        lowest = units.indices.sorted {
            units[$0].score != units[$1].score ? units[$0].score < units[$1].score
                : units[$0].unit.id.precedesInByteOrder(units[$1].unit.id)
        }.prefix(page.lowest).map { i in
            RankedUnit(unit: units[i].unit, score: units[i].score, decision: units[i].decision,
                       lines: page.lines(units[i].unit.name, perLine: page.nameCharacters))
        }
        let order = assessment.order
        regions = Self.groups(units, key: \.unit.region) { order.precedes(region: $0.name, $1.name) }
        let regionOfSupervisor = Dictionary(units.map { ($0.supervisor, $0.unit.region) }, uniquingKeysWith: { a, _ in a })
        supervisors = Self.groups(units, key: \.supervisor) { a, b in
            order.precedes(supervisor: a.name, in: regionOfSupervisor[a.name] ?? "", b.name, in: regionOfSupervisor[b.name] ?? "")
        }

        // What fits: everything else first, then the named units (most serious first) and the incidents.
        // The lowest scores and the regions share rows: a header, then row by row the taller of the two.
        let (lowest, regions) = (self.lowest, self.regions)
        sideBySideLines = (0..<max(lowest.count, regions.count)).map { i in
            max(i < lowest.count ? lowest[i].lines : 1,
                i < regions.count ? page.lines(regions[i].name, perLine: page.regionCharacters) : 1)
        }
        let sideBySide = 1 + sideBySideLines.reduce(0, +)
        let room = page.lines - page.fixedLines - sideBySide
        let namedLines = allNamed.map(\.lines), incidentLines = allIncidents.map(\.lines)
        let (shownNamed, shownIncidents) = Self.fit(named: namedLines, incidents: incidentLines, room: room)
        named = Array(allNamed.prefix(shownNamed))
        namedMore = allNamed.count - shownNamed
        incidents = Array(allIncidents.prefix(shownIncidents))
        incidentsMore = allIncidents.count - shownIncidents
    }

    /// How many named units and incidents to show in `room` lines (each list's header already counted), a
    /// "N more" line taken from the room for a list that is cut. Incidents get at most a third of the room
    /// while named units need it; named units take the rest.
    static func fit(named: [Int], incidents: [Int], room: Int) -> (Int, Int) {
        let allNamed = named.reduce(0, +), allIncidents = incidents.reduce(0, +)
        if allNamed + allIncidents <= room { return (named.count, incidents.count) }
        func take(_ lines: [Int], within budget: Int) -> (count: Int, used: Int) {
            let all = lines.reduce(0, +)
            if all <= budget { return (lines.count, all) }
            var used = 1  // the "N more" line
            var count = 0
            for l in lines where used + l <= budget {
                used += l
                count += 1
            }
            return (count, used)
        }
        let incidentShare = min(allIncidents, max(2, room / 3))
        let firstIncidents = take(incidents, within: incidentShare)
        let shownNamed = take(named, within: max(0, room - firstIncidents.used))
        let shownIncidents = take(incidents, within: max(0, room - shownNamed.used))
        return (shownNamed.count, shownIncidents.count)
    }

    /// Notices before letters, then lower score first, then unit id; of `units[i]` and `units[j]`, read in place.
    static func mostSerious(_ units: [UnitAssessment], _ i: Int, _ j: Int) -> Bool {
        if units[i].decision != units[j].decision { return units[i].decision == .notice }
        if units[i].score != units[j].score { return units[i].score < units[j].score }
        return units[i].unit.id.precedesInByteOrder(units[j].unit.id)
    }

    static func incidents(_ units: [UnitAssessment], page: BriefPage) -> [Incident] {
        var list: [Incident] = []
        // Only the units whose metrics count a major incident: no pass over every finding.
        for u in units where u.metrics.majorIncidents > 0 {
            for outcome in u.evidence.findings where outcome.isMajorIncident {
                let name = u.evidence.media.first { $0.media.id == outcome.finding.mediaID }?.media.name ?? outcome.finding.mediaID
                let problem = "\(outcome.finding.category.chinese)（\(outcome.finding.severity.chinese)），\(outcome.outcome.chinese)"
                let subject = "\(u.unit.name)（\(name)）"
                list.append(Incident(unit: u.unit, mediaName: name, finding: outcome, problem: problem,
                                     lines: max(page.lines(subject, perLine: page.nameCharacters),
                                                page.lines(problem, perLine: page.problemCharacters))))
            }
        }
        return list.sorted { a, b in
            if a.finding.finding.detectedAt != b.finding.finding.detectedAt {
                return a.finding.finding.detectedAt < b.finding.finding.detectedAt
            }
            return a.finding.finding.id.precedesInByteOrder(b.finding.finding.id)
        }
    }

    static func groups(_ units: [UnitAssessment], key: (UnitAssessment) -> String,
                       by precedes: (Group, Group) -> Bool) -> [Group] {
        Dictionary(grouping: units.indices, by: { key(units[$0]) }).map { name, members in
            Group(name: name, units: members.count, averageScore: average(members.map { units[$0].score }) ?? 0,
                  letters: members.count { units[$0].decision == .letter },
                  notices: members.count { units[$0].decision == .notice })
        }.sorted(by: precedes)
    }

    static func average(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}

/// What fits on the brief's page: printed lines (rows of the default height) and characters per line of
/// the wrapping columns. The workbook sizes its columns and rows from these numbers.
public struct BriefPage: Sendable, Equatable {
    /// Lines of the default height on the page.
    public var lines: Int
    /// Lines every brief has: title and two-line subtitle (4), the figures (1 + 5), the section and header rows of
    /// the named units and of the incidents (2 + 2), the section row of the lowest scores and regions (1).
    public var fixedLines: Int
    /// Wide characters per line in the unit-name column.
    public var nameCharacters: Int
    /// Wide characters per line in the problems column.
    public var problemCharacters: Int
    /// Wide characters per line in the region column (beside the lowest scores).
    public var regionCharacters: Int
    /// How many lowest-scoring units.
    public var lowest: Int

    /// A4 portrait at 9-point text.
    public static let a4 = BriefPage(lines: 52, fixedLines: 15, nameCharacters: 13, problemCharacters: 19,
                                     regionCharacters: 7, lowest: 10)

    /// Lines `text` takes at `perLine` wide characters a line (a narrow character counts half), at most 3.
    public func lines(_ text: String, perLine: Int) -> Int {
        var halves = 0
        for scalar in text.unicodeScalars { halves += scalar.value < 0x1100 ? 1 : 2 }
        let perLineHalves = max(2, 2 * perLine)
        return min(3, max(1, (halves + perLineHalves - 1) / perLineHalves))
    }
}
