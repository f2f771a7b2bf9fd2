/// What the assessment knows from the registry and the findings alone, before posts and inspections are read:
/// the dates, the calendar and rules in force, which units are assessed and each one's counted findings, the
/// worst first. `Assessor.assess` starts from it, and the workbook writes 问题明细 from it while the posts are
/// still being read (docs/PERFORMANCE.md), so both see the same units and findings by construction.
public struct AssessmentBasis: Sendable {
    /// A unit with at least one media open during the quarter.
    public struct AssessedUnit: Sendable {
        public let unit: Unit
        /// The unit's media open during the quarter, with their windows, in file order.
        public let media: [MediaWindowed]
        /// Counted findings (Art. 15), judged, the worst first (`FindingOutcome.listingOrder`).
        public let findings: [FindingOutcome]
    }

    public struct MediaWindowed: Sendable {
        /// Index into `QuarterData.media`.
        let index: Int
        public let media: Media
        public let window: DayRange
    }

    public let quarter: Quarter
    public let asOf: LocalDateTime
    public let issueDate: Day
    public let reportDueDate: Day
    /// Assessed units in unit_id byte order.
    public let units: [AssessedUnit]
    let calendar: WorkingCalendar
    let ruleBook: CategoryRuleBook
    let index: AssessmentIndex
    /// A configured calendar entry that could not be applied (before the previous-quarter warning).
    let calendarWarnings: [RunWarning]
    /// Rule-book and uncovered-year warnings (after it).
    let laterWarnings: [RunWarning]
}

extension Assessor {
    /// The basis of `quarter` from `data`, whose posts and inspections (`activity`) are not needed yet.
    public func basis(_ data: QuarterData, quarter: Quarter, asOf: LocalDateTime? = nil,
                      issueDate: Day? = nil) -> AssessmentBasis {
        var calendarWarnings: [RunWarning] = []
        var calendar = self.calendar
        do {
            calendar = try calendar.adding(configuration.calendar)
        } catch {
            calendarWarnings.append(.calendarEntryIgnored(error))
        }
        let asOf = asOf ?? quarter.end
        let issue = issueDate ?? LetterDates.defaultIssueDate(asOf: asOf, calendar: calendar)
        let due = LetterDates.reportDueDate(issueDate: issue, workingDays: configuration.reportWorkingDays,
                                            calendar: calendar)
        let ruleBook = CategoryRuleBook(configuration: configuration)
        var laterWarnings = ruleBook.warnings
        var index = AssessmentIndex(data, quarter: quarter, asOf: asOf, ruleBook: ruleBook, calendar: calendar)

        var years = Set(calendar.uncoveredYears(in: DayRange(start: quarter.startDay, end: quarter.endDay)))
        years.formUnion(calendar.uncoveredYears(in: DayRange(start: issue, end: due.adding(days: 1))))
        years.formUnion(index.notifiedYears.filter { !calendar.coveredYears.contains($0) })
        for year in years.sorted() {
            laterWarnings.append(.calendarYearMissing(year: year))
        }

        var units: [AssessmentBasis.AssessedUnit] = []
        for unitIndex in index.unitOrder {
            let unit = data.units[unitIndex]
            let media = (index.mediaOfUnit[unit.id] ?? []).compactMap { mediaIndex in
                let window = MediaWindow.window(of: data.media[mediaIndex], in: quarter)
                return window.isEmpty ? nil : AssessmentBasis.MediaWindowed(index: mediaIndex, media: data.media[mediaIndex],
                                                                            window: window)
            }
            guard !media.isEmpty else { continue }
            // Taken out of the index and sorted in place: a sorted copy beside the unsorted lists would hold every
            // finding twice at the run's peak.
            var findings = index.findingsOfUnit.removeValue(forKey: unit.id) ?? []
            FindingOutcome.sortInListingOrder(&findings)
            units.append(AssessmentBasis.AssessedUnit(unit: unit, media: media, findings: findings))
        }
        index.findingsOfUnit = [:]  // what is left belongs to no assessed unit
        return AssessmentBasis(quarter: quarter, asOf: asOf, issueDate: issue, reportDueDate: due, units: units,
                               calendar: calendar, ruleBook: ruleBook, index: index,
                               calendarWarnings: calendarWarnings, laterWarnings: laterWarnings)
    }
}
