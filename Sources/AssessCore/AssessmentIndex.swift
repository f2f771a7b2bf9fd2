/// The quarter's tables grouped once by unit and media id, so the per-unit pass does no scans.
///
/// Ids are matched exactly; on a repeated unit or media id the first row wins (validation already rejects
/// repeats). Counted findings are judged here (Art. 15) with their unit's category rules.
struct AssessmentIndex {
    /// Indices into `data.units`, one per unit id, in unit_id UTF-8 byte order.
    var unitOrder: [Int] = []
    /// Indices into `data.media` by unit id, in file order.
    var mediaOfUnit: [String: [Int]] = [:]
    var unitOfMedia: [String: String] = [:]
    /// Counted findings, judged, by unit id (unsorted).
    var findingsOfUnit: [String: [FindingOutcome]] = [:]
    /// Counted findings that are major incidents, by media id.
    var majorIncidentsOfMedia: [String: Int] = [:]
    /// Years of the counted findings' `notified_at` (the calendar must cover them).
    var notifiedYears = Set<Int>()
    var systemsOfUnit: [String: [DeclaredSystem]] = [:]
    var complaintsOfUnit: [String: [Complaint]] = [:]

    init(_ data: QuarterData, quarter: Quarter, asOf: LocalDateTime, ruleBook: CategoryRuleBook,
         calendar: WorkingCalendar) {
        var unitIndex: [String: Int] = [:]
        for (i, unit) in data.units.enumerated() where unitIndex[unit.id] == nil { unitIndex[unit.id] = i }
        unitOrder = unitIndex.values.sorted { data.units[$0].id.precedesInByteOrder(data.units[$1].id) }

        for (i, media) in data.media.enumerated() where unitOfMedia[media.id] == nil && unitIndex[media.unitID] != nil {
            unitOfMedia[media.id] = media.unitID
            mediaOfUnit[media.unitID, default: []].append(i)
        }

        reserveFindings(data, unitIndex: unitIndex, quarter: quarter)
        var notifiedDays = Set<Int>()
        for finding in data.findings where UnitMetricsRule.isCounted(finding, in: quarter) {
            guard let unitID = unitOfMedia[finding.mediaID], let u = unitIndex[unitID] else { continue }
            let category = data.units[u].category
            let outcome = RectificationDeadline.judge(
                finding, unitID: unitID, limits: ruleBook.rules(for: category).deadlines,
                workingHours: ruleBook.workingHours(for: category), calendar: calendar, asOf: asOf)
            findingsOfUnit[unitID, default: []].append(outcome)
            if outcome.isMajorIncident { majorIncidentsOfMedia[finding.mediaID, default: 0] += 1 }
            notifiedDays.insert(finding.notifiedAt.day.ordinal)
        }
        // Years from distinct days: cheap even for 600,000 findings.
        notifiedYears = Set(notifiedDays.map { Day(ordinal: $0).year })

        for system in data.systems { systemsOfUnit[system.unitID, default: []].append(system) }
        complaintsOfUnit = ComplaintRule.counted(data.complaints, unitOfMedia: unitOfMedia, quarter: quarter)
    }

    /// Each unit's list of outcomes made as long as it will be: grown by appending, the lists would hold about a
    /// third more than their findings (a few hundred MB at nation size, at the run's peak).
    private mutating func reserveFindings(_ data: QuarterData, unitIndex: [String: Int], quarter: Quarter) {
        var counts: [String: Int] = [:]
        for finding in data.findings where UnitMetricsRule.isCounted(finding, in: quarter) {
            guard let unitID = unitOfMedia[finding.mediaID], unitIndex[unitID] != nil else { continue }
            counts[unitID, default: 0] += 1
        }
        findingsOfUnit.reserveCapacity(counts.count)
        for (unitID, count) in counts {
            var outcomes: [FindingOutcome] = []
            outcomes.reserveCapacity(count)
            findingsOfUnit[unitID] = outcomes
        }
    }
}
