import AssessCore

/// Checks the values of a decoded configuration that decoding alone cannot (rules.md "Configuration"):
/// working-time intervals, every number within `ConfigurationBounds`, calendar dates. Values are read by the
/// core's own parsers (`WorkingHours.interval`, `CalendarEntry.parse`), so what passes here is what the run uses.
struct ConfigurationValidator {
    let file: String
    /// Category code → the key as the user wrote it, so messages name what the clerk typed.
    let categoryKeys: [String: String]

    func validate(_ configuration: Configuration) throws {
        for (key, value) in [("city", configuration.city), ("issuer", configuration.issuer),
                             ("letter_prefix", configuration.letterPrefix),
                             ("notice_prefix", configuration.noticePrefix)]
        where value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw invalid(key, "不能为空")
        }
        try within(ConfigurationBounds.reportWorkingDays, Double(configuration.reportWorkingDays), "report_working_days")
        for (name, entries) in [("holidays", configuration.calendar.holidays),
                                ("workdays", configuration.calendar.workdays)] {
            for (index, entry) in entries.enumerated() {
                guard let range = try? CalendarEntry.parse(entry) else {
                    throw invalid("calendar.\(name)[\(index + 1)]",
                                  "“\(entry)”不是日期 YYYY-MM-DD 或日期范围 YYYY-MM-DD..YYYY-MM-DD（起日不晚于止日）")
                }
                if range.count > ConfigurationBounds.calendarRangeDays {
                    throw invalid("calendar.\(name)[\(index + 1)]",
                                  "“\(entry)”跨度超过 \(ConfigurationBounds.calendarRangeDays) 天：请按年分开填写")
                }
            }
        }
        try validate(configuration.rules, at: "rules")
        try within(ConfigurationBounds.minPosts, Double(configuration.compliance.minPosts), "compliance.min_posts")
        for (category, rules) in configuration.categoryRules.sorted(by: { $0.key.code < $1.key.code }) {
            try validate(rules, at: "category_rules.\(categoryKeys[category.code] ?? category.code)")
        }
    }

    private func validate(_ rules: Rules, at prefix: String) throws {
        try validateWorkingHours(rules.workingHours, at: "\(prefix).working_hours")
        let d = rules.deadlines
        for (key, minutes) in [("general_working_time", d.generalInWorkingTime),
                               ("serious_working_time", d.seriousInWorkingTime),
                               ("general_off_hours", d.generalOffHours), ("serious_off_hours", d.seriousOffHours)] {
            try within(ConfigurationBounds.deadlineMinutes, Double(minutes), "\(prefix).deadlines.\(key)")
        }
        try within(ConfigurationBounds.inactivityDays, Double(rules.inactivityDays), "\(prefix).inactivity_days")
        if Set(rules.requiredSystems).count != rules.requiredSystems.count {
            throw invalid("\(prefix).required_systems", "同一制度列了不止一次")
        }
        let t = rules.thresholds
        let w = rules.weights
        let c = rules.caps
        let i = rules.ideology
        try within(ConfigurationBounds.errorRatePermille, t.errorRatePermille, "\(prefix).thresholds.error_rate_permille")
        let counts: [(String, Int)] = [
            ("thresholds.serious_errors", t.seriousErrors), ("thresholds.inactive_media", t.inactiveMedia),
            ("thresholds.late_serious", t.lateSerious), ("thresholds.late_fixes", t.lateFixes),
            ("thresholds.missing_systems", t.missingSystems), ("thresholds.staffing_gaps", t.staffingGaps),
            ("thresholds.unfixed_overdue", t.unfixedOverdue), ("thresholds.unmonitored_media", t.unmonitoredMedia),
            ("thresholds.complaints", t.complaints),
        ]
        for (key, value) in counts {
            try within(ConfigurationBounds.countThreshold, Double(value), "\(prefix).\(key)")
        }
        let points: [(String, Double)] = [
            ("weights.error_rate", w.errorRate), ("weights.serious_error", w.seriousError),
            ("weights.inactive_media", w.inactiveMedia), ("weights.late_fix", w.lateFix),
            ("weights.late_serious", w.lateSerious), ("weights.missing_system", w.missingSystem),
            ("weights.staffing_gap", w.staffingGap), ("weights.complaint", w.complaint),
            ("caps.error", c.error), ("caps.inactivity", c.inactivity), ("caps.late", c.late),
            ("caps.systems", c.systems), ("caps.complaints", c.complaints),
            ("full_score", rules.fullScore), ("improvement_margin", rules.improvementMargin),
            ("ideology.base_none", i.baseNone), ("ideology.base_letter", i.baseLetter),
            ("ideology.base_notice", i.baseNotice), ("ideology.major_incident", i.majorIncident),
            ("ideology.cap", i.cap),
        ]
        for (key, value) in points {
            try within(ConfigurationBounds.points, value, "\(prefix).\(key)")
        }
        if let annualCap = i.annualCap {
            try within(ConfigurationBounds.points, annualCap, "\(prefix).ideology.annual_cap")
        }
    }

    /// Each entry `HH:MM-HH:MM` with start before end, within the day, and no two intervals overlapping.
    private func validateWorkingHours(_ entries: [String], at key: String) throws {
        if entries.isEmpty { throw invalid(key, "至少需要一个工作时段，如 09:00-12:00") }
        var intervals: [(start: Int, end: Int, index: Int)] = []
        for (index, entry) in entries.enumerated() {
            guard let interval = WorkingHours.interval(entry) else {
                throw invalid("\(key)[\(index + 1)]",
                              "“\(entry)”不是 HH:MM-HH:MM 格式的时段（开始早于结束，最晚 24:00），如 09:00-12:00")
            }
            intervals.append((interval.lowerBound, interval.upperBound, index))
        }
        let sorted = intervals.sorted { $0.start < $1.start }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where later.start < earlier.end {
            throw invalid("\(key)[\(later.index + 1)]",
                          "“\(entries[later.index])”与“\(entries[earlier.index])”重叠")
        }
    }

    /// `value` within `bounds`: negative values say so, others name the range.
    private func within(_ bounds: ClosedRange<Double>, _ value: Double, _ key: String) throws {
        guard value.isFinite, bounds.contains(value) else {
            let range = "应在 \(Self.plain(bounds.lowerBound)) 到 \(Self.plain(bounds.upperBound)) 之间"
            throw invalid(key, value < 0 && bounds.lowerBound == 0 ? "不能为负数（\(range)）"
                : value < bounds.lowerBound ? "至少为 \(Self.plain(bounds.lowerBound))（\(range)）" : range)
        }
    }

    /// `1000`, not `1000.0`.
    private static func plain(_ value: Double) -> String { String(Int(value)) }

    private func invalid(_ key: String, _ reason: String) -> ConfigurationError {
        .invalidValue(file: file, key: key, reason: reason)
    }
}
