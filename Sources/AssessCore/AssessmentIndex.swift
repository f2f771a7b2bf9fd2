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

        var unitOfMediaIndex: [String: Int] = [:]  // media id → its unit's index into data.units
        for (i, media) in data.media.enumerated() where unitOfMedia[media.id] == nil {
            guard let u = unitIndex[media.unitID] else { continue }
            unitOfMedia[media.id] = media.unitID
            unitOfMediaIndex[media.id] = u
            mediaOfUnit[media.unitID, default: []].append(i)
        }

        // Each counted finding's unit (an index into data.units, -1 for none), looked up once: the judging pass
        // below does no dictionary lookups by id, and each unit's list is reserved at its final length (grown by
        // appending, the lists would hold about a third more than their findings: a few hundred MB at nation size).
        // The findings are read in place (a `for finding in` loop would copy each one, retaining its strings).
        let findings = data.findings
        var unitOfFinding = [Int32](repeating: -1, count: findings.count)
        var counts = [Int](repeating: 0, count: data.units.count)
        for i in findings.indices where UnitMetricsRule.isCounted(findings[i], in: quarter) {
            guard let u = unitOfMediaIndex[findings[i].mediaID] else { continue }
            unitOfFinding[i] = Int32(u)
            counts[u] += 1
        }
        var outcomes = counts.map { count in
            var list: [FindingOutcome] = []
            list.reserveCapacity(count)
            return list
        }
        var notifiedDays = Set<Int>()
        for i in findings.indices where unitOfFinding[i] >= 0 {
            let u = Int(unitOfFinding[i])
            let category = data.units[u].category
            let outcome = RectificationDeadline.judge(
                findings[i], unitID: data.units[u].id, limits: ruleBook.rules(for: category).deadlines,
                workingHours: ruleBook.workingHours(for: category), calendar: calendar, asOf: asOf)
            if outcome.isMajorIncident { majorIncidentsOfMedia[findings[i].mediaID, default: 0] += 1 }
            notifiedDays.insert(findings[i].notifiedAt.day.ordinal)
            outcomes[u].append(outcome)
        }
        for u in outcomes.indices where !outcomes[u].isEmpty { findingsOfUnit[data.units[u].id] = outcomes[u] }
        // Years from distinct days: cheap even for 600,000 findings.
        notifiedYears = Set(notifiedDays.map { Day(ordinal: $0).year })

        for system in data.systems { systemsOfUnit[system.unitID, default: []].append(system) }
        complaintsOfUnit = ComplaintRule.counted(data.complaints, unitOfMedia: unitOfMedia, quarter: quarter)
    }
}
