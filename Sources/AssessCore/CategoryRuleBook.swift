/// The rules in force for each unit category (Art. 14 overrides), with their working hours parsed once.
struct CategoryRuleBook: Sendable {
    private var rulesByCategory: [UnitCategory: Rules] = [:]
    private var hoursByCategory: [UnitCategory: WorkingHours] = [:]
    /// One warning per unreadable working-time interval (it is ignored).
    private(set) var warnings: [RunWarning] = []

    init(configuration: Configuration) {
        var reported = Set<String>()
        for category in UnitCategory.allCases {
            let rules = configuration.rules(for: category)
            let (hours, invalid) = WorkingHours.lenient(rules.workingHours)
            rulesByCategory[category] = rules
            hoursByCategory[category] = hours
            for entry in invalid where reported.insert(entry).inserted {
                warnings.append(.workingHoursIgnored(entry: entry))
            }
        }
    }

    func rules(for category: UnitCategory) -> Rules { rulesByCategory[category] ?? Rules.default }
    func workingHours(for category: UnitCategory) -> WorkingHours {
        hoursByCategory[category] ?? WorkingHours(intervals: [])
    }
}
