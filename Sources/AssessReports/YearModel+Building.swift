import AssessCore

extension YearModel {
    /// The model of `rollUp`; at most `limit` units in the largest-deductions list.
    init(_ rollUp: YearRollUp, configuration: Configuration, limit: Int) {
        issuer = configuration.issuer
        city = configuration.city
        year = rollUp.chineseYear
        yearCode = String(rollUp.year)
        partial = !rollUp.missingQuarters.isEmpty
        missingQuarters = rollUp.missingQuarters.map(\.chinese).joined(separator: "、")
        missingNote = rollUp.missingNote ?? ""
        missingTitle = rollUp.missingTitle ?? ""
        units = rollUp.units.count
        letters = rollUp.units.reduce(0) { $0 + $1.letters }
        notices = rollUp.units.reduce(0) { $0 + $1.notices }
        let deducted = rollUp.units.filter { $0.annualDeduction > 0 }
        unitsWithDeduction = deducted.count
        totalDeduction = Self.points(rollUp.totalDeduction)
        let caps = Set(rollUp.units.compactMap(\.annualCap))
        annualCap = caps.isEmpty ? "未设置" : caps.sorted().map { Self.points($0) + " 分" }.joined(separator: " / ")
        cappedUnits = rollUp.units.filter(\.isCapped).count
        quarters = (1...4).compactMap { Quarter(year: rollUp.year, number: $0) }.map { quarter in
            let totals = rollUp.quarterTotals.first { $0.quarter == quarter }
            return YearQuarterLine(quarter: quarter.chinese, missing: totals == nil, units: totals?.units ?? 0,
                                   averageScore: totals.map { $0.units == 0 ? "—" : Formatting.fixed2($0.averageScore) } ?? "—",
                                   letters: totals?.letters ?? 0, notices: totals?.notices ?? 0)
        }
        let largest = deducted.sorted { a, b in
            a.annualDeduction != b.annualDeduction ? a.annualDeduction > b.annualDeduction
                : a.unitID.precedesInByteOrder(b.unitID)
        }
        largestDeductions = largest.prefix(limit).enumerated().map { index, unit in
            DeductionLine(number: index + 1, unitID: unit.unitID, unitName: unit.unitName, region: unit.region,
                          supervisor: unit.supervisor, deduction: Self.points(unit.annualDeduction),
                          cappedFrom: unit.isCapped ? Self.points(unit.deductionSum) : nil,
                          quarters: unit.results.filter { $0.ideologyHundredths > 0 }
                              .map { "第\($0.quarter.number)季度 \(Self.points($0.ideologyHundredths))" }
                              .joined(separator: "、"),
                          letters: unit.letters, notices: unit.notices)
        }
        largestDeductionsMore = largest.count > limit ? largest.count - limit : nil
        let repeated = rollUp.repeatedNotices.sorted { a, b in
            if a.notices != b.notices { return a.notices > b.notices }
            if a.annualDeduction != b.annualDeduction { return a.annualDeduction > b.annualDeduction }
            return a.unitID.precedesInByteOrder(b.unitID)
        }
        repeatedNoticesMore = repeated.count > limit ? repeated.count - limit : nil
        repeatedNotices = repeated.prefix(limit).enumerated().map { index, unit in
            RepeatedLine(number: index + 1, unitID: unit.unitID, unitName: unit.unitName, supervisor: unit.supervisor,
                         notices: unit.notices,
                         quarters: unit.results.filter { $0.decision == .notice }.map(\.quarter.chinese)
                             .joined(separator: "、"),
                         deduction: Self.points(unit.annualDeduction))
        }
        regions = rollUp.regions.map {
            YearGroupLine(name: $0.name, units: $0.units, letters: $0.letters, notices: $0.notices,
                          totalDeduction: Self.points($0.totalDeduction))
        }
    }

    /// Hundredths as `%.2f`.
    static func points(_ hundredths: Int) -> String { FixedPoint.format(Double(hundredths) / 100) }
}
