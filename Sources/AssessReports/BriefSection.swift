import AssessCore

/// The one-page brief (`QuarterBrief`) as `summary.md` opens with it: the same units, incidents and regions,
/// in the same order and cut at the same place as 总览 in the workbook.
public struct BriefSection: Sendable, Equatable {
    public var named: [BriefUnitRow]
    /// Named units not listed (see 处理决定); nil when all are.
    public var namedMore: Int?
    public var incidents: [BriefIncidentRow]
    /// Incidents not listed (see 问题明细); nil when all are.
    public var incidentsMore: Int?
    public var majorIncidents: Int
    public var lowest: [BriefUnitRow]
    /// How many lowest-scoring units are listed (ten, or fewer units).
    public var lowestCount: Int
    public var regions: [GroupRow]

    init(_ brief: QuarterBrief) {
        named = brief.named.enumerated().map { i, u in
            BriefUnitRow(index: i + 1, name: u.unit.name, region: u.unit.region, score: Formatting.fixed2(u.score),
                         decision: u.decision.chinese, problems: u.problems,
                         letterNumber: u.letterNumber?.description ?? "")
        }
        namedMore = brief.namedMore > 0 ? brief.namedMore : nil
        incidents = brief.incidents.enumerated().map { i, incident in
            BriefIncidentRow(index: i + 1, unit: incident.unit.name, media: incident.mediaName,
                             detected: incident.finding.finding.detectedAt.day.chinese, problem: incident.problem)
        }
        incidentsMore = brief.incidentsMore > 0 ? brief.incidentsMore : nil
        majorIncidents = brief.figures.majorIncidents
        lowest = brief.lowest.enumerated().map { i, u in
            BriefUnitRow(index: i + 1, name: u.unit.name, region: u.unit.region, score: Formatting.fixed2(u.score),
                         decision: u.decision == .noAction ? "—" : u.decision.chinese, problems: "", letterNumber: "")
        }
        lowestCount = brief.lowest.count
        regions = brief.regions.map(GroupRow.init)
    }
}

/// A unit in the brief (named, or among the lowest scores).
public struct BriefUnitRow: Sendable, Equatable {
    public var index: Int
    public var name: String
    public var region: String
    public var score: String
    public var decision: String
    /// Its Art. 19 criteria in words (empty among the lowest scores).
    public var problems: String
    public var letterNumber: String
}

/// A major incident in the brief.
public struct BriefIncidentRow: Sendable, Equatable {
    public var index: Int
    public var unit: String
    public var media: String
    /// `2026年7月9日`.
    public var detected: String
    /// `泄密（严重），按时整改`.
    public var problem: String
}

extension GroupRow {
    init(_ group: QuarterBrief.Group) {
        self.init(name: group.name, units: group.units, averageScore: Formatting.fixed2(group.averageScore),
                  letters: group.letters, notices: group.notices)
    }
}
