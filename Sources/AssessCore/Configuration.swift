/// Everything a run may change (rules.md "Configuration"), as one `Codable` value.
///
/// Defaults live in `Configuration+Default.swift`. YAML loading, unknown-key checks and the merging of
/// per-category overrides happen at the edge (AssessInput's `ConfigurationLoader`).
public struct Configuration: Codable, Equatable, Sendable {
    /// City name used for 市级 units' supervisors (`昆明市`).
    public var city: String
    /// The issuing office, printed on letters and notices.
    public var issuer: String
    /// Letter number prefix: `{prefix}〔{year}〕{n}号`.
    public var letterPrefix: String
    /// The notice's own number prefix: `{noticePrefix}〔{year}〕{n}号` (documents.md "Numbers").
    public var noticePrefix: String
    /// Working days a unit has for its written rectification report.
    public var reportWorkingDays: Int
    /// Holidays and make-up working days for years the built-in calendar lacks.
    public var calendar: CalendarAdditions
    /// The rulebook's numbers for every unit category without an override.
    public var rules: Rules
    /// Per-unit-category rules (Art. 14): the full rules in force for that category.
    public var categoryRules: [UnitCategory: Rules]
    /// The registry compliance checks (Art. 8–10); they never change a score or a decision.
    public var compliance: ComplianceRules
    /// The Word documents' fonts, 抄送, 印发机关 and 附注 (documents.md).
    public var documents: DocumentSettings
    /// Regions (区县) in the city's administrative order, for listings and charts (`AdministrativeOrder`);
    /// regions not listed follow, 市级 first, then in order of first appearance in `units`.
    public var regionOrder: [String]

    public init(city: String, issuer: String, letterPrefix: String, noticePrefix: String = "昆网信通",
                reportWorkingDays: Int, calendar: CalendarAdditions, rules: Rules,
                categoryRules: [UnitCategory: Rules] = [:], compliance: ComplianceRules = .default,
                regionOrder: [String] = [], documents: DocumentSettings = .default) {
        self.city = city
        self.issuer = issuer
        self.letterPrefix = letterPrefix
        self.noticePrefix = noticePrefix
        self.reportWorkingDays = reportWorkingDays
        self.calendar = calendar
        self.rules = rules
        self.categoryRules = categoryRules
        self.compliance = compliance
        self.regionOrder = regionOrder
        self.documents = documents
    }

    /// The rules in force for a unit of `category`.
    public func rules(for category: UnitCategory) -> Rules { categoryRules[category] ?? rules }

    enum CodingKeys: String, CodingKey {
        case city, issuer, calendar, rules, compliance, documents
        case letterPrefix = "letter_prefix"
        case noticePrefix = "notice_prefix"
        case reportWorkingDays = "report_working_days"
        case categoryRules = "category_rules"
        case regionOrder = "region_order"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        city = try c.decode(String.self, forKey: .city)
        issuer = try c.decode(String.self, forKey: .issuer)
        letterPrefix = try c.decode(String.self, forKey: .letterPrefix)
        // Absent in manifests and ledgers written before the notice had its own number.
        noticePrefix = try c.decodeIfPresent(String.self, forKey: .noticePrefix) ?? "昆网信通"
        reportWorkingDays = try c.decode(Int.self, forKey: .reportWorkingDays)
        calendar = try c.decode(CalendarAdditions.self, forKey: .calendar)
        rules = try c.decode(Rules.self, forKey: .rules)
        let byCode = try c.decodeIfPresent([String: Rules].self, forKey: .categoryRules) ?? [:]
        var byCategory: [UnitCategory: Rules] = [:]
        for (key, value) in byCode {
            guard let category = UnitCategory(parsing: key) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .categoryRules, in: c,
                    debugDescription: "unknown unit category \(key); accepted: \(UnitCategory.acceptedValues)")
            }
            byCategory[category] = value
        }
        categoryRules = byCategory
        // Absent in configurations and manifests written before the compliance checks existed.
        compliance = try c.decodeIfPresent(ComplianceRules.self, forKey: .compliance) ?? .default
        documents = try c.decodeIfPresent(DocumentSettings.self, forKey: .documents) ?? .default
        regionOrder = try c.decodeIfPresent([String].self, forKey: .regionOrder) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(city, forKey: .city)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(letterPrefix, forKey: .letterPrefix)
        try c.encode(noticePrefix, forKey: .noticePrefix)
        try c.encode(reportWorkingDays, forKey: .reportWorkingDays)
        try c.encode(calendar, forKey: .calendar)
        try c.encode(rules, forKey: .rules)
        let byCode = Dictionary(uniqueKeysWithValues: categoryRules.map { ($0.key.code, $0.value) })
        try c.encode(byCode, forKey: .categoryRules)
        try c.encode(compliance, forKey: .compliance)
        try c.encode(documents, forKey: .documents)
        try c.encode(regionOrder, forKey: .regionOrder)
    }
}

/// Extra calendar data from the configuration: `YYYY-MM-DD` dates or `YYYY-MM-DD..YYYY-MM-DD` ranges.
public struct CalendarAdditions: Codable, Equatable, Sendable {
    /// Official holidays (放假).
    public var holidays: [String]
    /// Official make-up working days (调休上班).
    public var workdays: [String]

    public init(holidays: [String] = [], workdays: [String] = []) {
        self.holidays = holidays
        self.workdays = workdays
    }
}
