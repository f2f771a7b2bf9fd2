/// The year of the ideology responsibility assessment (Art. 20, year.md): every unit with a result in any
/// quarter of the year, from the ledger's latest run of each quarter, grouped by region and supervisor.
///
/// Deductions are added in hundredths of the printed values, so a unit's annual figure is exactly the sum of its
/// rows in the four quarters' ideology.csv files (then capped by `ideology.annual_cap` when configured).
public struct YearRollUp: Equatable, Sendable {
    public var year: Int
    /// Quarters of the year with a recorded run, ascending.
    public var recordedQuarters: [Quarter]
    /// Quarters of the year without any recorded run, ascending (only with `--partial`).
    public var missingQuarters: [Quarter]
    /// One row per unit, sorted by unit id in UTF-8 byte order.
    public var units: [UnitYear]
    /// Units, letters, notices and average score of each recorded quarter.
    public var quarterTotals: [QuarterTrend]
    /// The configured administrative order of regions (`region_order`; others 市级 first, then UTF-8 order).
    public var order: AdministrativeOrder

    /// Rolls up `results` (each unit's result in the recorded quarters of `year`); results of other years are
    /// ignored. The annual cap is the unit's category's `ideology.annual_cap` (category from its latest quarter).
    public init(year: Int, recordedQuarters: [Quarter], results: [RecordedResult], configuration: Configuration) {
        self.year = year
        order = AdministrativeOrder(regions: configuration.regionOrder)
        let recorded = recordedQuarters.filter { $0.year == year }.sorted()
        self.recordedQuarters = recorded
        missingQuarters = (1...4).compactMap { Quarter(year: year, number: $0) }.filter { !recorded.contains($0) }
        let inYear = results.filter { $0.quarter.year == year && recorded.contains($0.quarter) }
        let byUnit = Dictionary(grouping: inYear, by: \.unitID)
        units = byUnit.keys.sorted { $0.precedesInByteOrder($1) }.compactMap { id in
            byUnit[id].flatMap { Self.unitYear($0, configuration: configuration) }
        }
        quarterTotals = recorded.map { quarter in
            let rows = inYear.filter { $0.quarter == quarter }
            return QuarterTrend(quarter: quarter, units: rows.count,
                                letters: rows.filter { $0.decision == .letter }.count,
                                notices: rows.filter { $0.decision == .notice }.count,
                                averageScore: Self.average(rows) ?? 0)
        }
    }

    /// Units named in a notice in two or more quarters of the year.
    public var repeatedNotices: [UnitYear] { units.filter { $0.notices >= 2 } }

    /// Per region (区县), in the administrative order.
    public var regions: [YearGroup] {
        groups(by: \.region) { order.precedes(region: $0, $1) }
    }

    /// Per supervisor, in the administrative order of their regions (the party committee's office first).
    public var supervisors: [YearGroup] {
        var regionOf: [String: String] = [:]
        for unit in units where regionOf[unit.supervisor] == nil { regionOf[unit.supervisor] = unit.region }
        return groups(by: \.supervisor) { a, b in
            order.precedes(supervisor: a, in: regionOf[a] ?? "", b, in: regionOf[b] ?? "")
        }
    }

    /// The sum of all units' annual deductions, in hundredths.
    public var totalDeduction: Int { units.reduce(0) { $0 + $1.annualDeduction } }

    // MARK: - Building

    static func unitYear(_ results: [RecordedResult], configuration: Configuration) -> UnitYear? {
        let sorted = results.sorted { $0.quarter < $1.quarter }
        guard let latest = sorted.last else { return nil }
        var quarters: [RecordedResult?] = Array(repeating: nil, count: 4)
        for result in sorted { quarters[result.quarter.number - 1] = result }
        let sum = sorted.reduce(0) { $0 + $1.ideologyHundredths }
        let category = UnitCategory(parsing: latest.category)
        let cap = (category.map(configuration.rules(for:)) ?? configuration.rules).ideology.annualCap
        let capHundredths = cap.map { Int(($0 * 100).rounded()) }
        return UnitYear(unitID: latest.unitID, unitName: latest.unitName, category: latest.category,
                        region: latest.region, supervisor: latest.supervisor, quarters: quarters, deductionSum: sum,
                        annualDeduction: capHundredths.map { min($0, sum) } ?? sum, annualCap: capHundredths)
    }

    func groups(by key: (UnitYear) -> String, ordered precedes: (String, String) -> Bool) -> [YearGroup] {
        let grouped = Dictionary(grouping: units, by: key)
        let names = grouped.keys.sorted(by: precedes)
        return names.map { name in
            let members = grouped[name] ?? []
            return YearGroup(
                name: name, units: members.count, letters: members.reduce(0) { $0 + $1.letters },
                notices: members.reduce(0) { $0 + $1.notices },
                totalDeduction: members.reduce(0) { $0 + $1.annualDeduction },
                averageScores: (0..<4).map { index in Self.average(members.compactMap { $0.quarters[index] }) })
        }
    }

    /// The mean of the printed scores (summed in hundredths); nil when there are none.
    static func average(_ results: [RecordedResult]) -> Double? {
        guard !results.isEmpty else { return nil }
        return Double(results.reduce(0) { $0 + $1.scoreHundredths }) / 100 / Double(results.count)
    }
}

extension YearRollUp {
    /// `2026年度`.
    public var chineseYear: String { "\(year)年度" }

    /// The sentence every output of a partial year carries (year.md), nil when all four quarters are recorded.
    public var missingNote: String? {
        guard !missingQuarters.isEmpty else { return nil }
        let names = missingQuarters.map(\.chinese).joined(separator: "、")
        return "缺少\(names)的考核结果（台账中没有该季度的运行记录），本汇总不是完整年度"
    }

    /// The short form for titles: `不完整：缺少2026年第2季度`; nil when all four quarters are recorded.
    public var missingTitle: String? {
        guard !missingQuarters.isEmpty else { return nil }
        return "不完整：缺少" + missingQuarters.map(\.chinese).joined(separator: "、")
    }
}
