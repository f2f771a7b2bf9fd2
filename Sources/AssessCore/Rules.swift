/// The rulebook's numbers (rules.md): everything a unit category may override (Art. 14).
public struct Rules: Codable, Equatable, Sendable {
    /// Working-time intervals of a working day, half-open, as `HH:MM-HH:MM` (`09:00-12:00`).
    public var workingHours: [String]
    /// Art. 15 fix limits in minutes.
    public var deadlines: DeadlineLimits
    /// A media is inactive when its longest silence is at least this many days.
    public var inactivityDays: Int
    /// Systems every unit must have, in rulebook order.
    public var requiredSystems: [SystemKind]
    public var thresholds: Thresholds
    public var weights: Weights
    public var caps: Caps
    /// The score every unit starts from.
    public var fullScore: Double
    /// A unit improved when its score rose by at least this many points (compared in hundredths).
    public var improvementMargin: Double
    public var ideology: IdeologyRules

    enum CodingKeys: String, CodingKey {
        case deadlines, thresholds, weights, caps, ideology
        case workingHours = "working_hours"
        case inactivityDays = "inactivity_days"
        case requiredSystems = "required_systems"
        case fullScore = "full_score"
        case improvementMargin = "improvement_margin"
    }

    public init(workingHours: [String], deadlines: DeadlineLimits, inactivityDays: Int, requiredSystems: [SystemKind],
                thresholds: Thresholds, weights: Weights, caps: Caps, fullScore: Double, improvementMargin: Double,
                ideology: IdeologyRules) {
        self.workingHours = workingHours
        self.deadlines = deadlines
        self.inactivityDays = inactivityDays
        self.requiredSystems = requiredSystems
        self.thresholds = thresholds
        self.weights = weights
        self.caps = caps
        self.fullScore = fullScore
        self.improvementMargin = improvementMargin
        self.ideology = ideology
    }
}

/// Art. 15: minutes to fix a finding, by when it was notified and its severity.
public struct DeadlineLimits: Codable, Equatable, Sendable {
    public var generalInWorkingTime: Int
    public var seriousInWorkingTime: Int
    public var generalOffHours: Int
    public var seriousOffHours: Int

    enum CodingKeys: String, CodingKey {
        case generalInWorkingTime = "general_working_time"
        case seriousInWorkingTime = "serious_working_time"
        case generalOffHours = "general_off_hours"
        case seriousOffHours = "serious_off_hours"
    }

    public init(generalInWorkingTime: Int, seriousInWorkingTime: Int, generalOffHours: Int, seriousOffHours: Int) {
        self.generalInWorkingTime = generalInWorkingTime
        self.seriousInWorkingTime = seriousInWorkingTime
        self.generalOffHours = generalOffHours
        self.seriousOffHours = seriousOffHours
    }
}

/// When each Art. 19 trigger holds (rules.md "Triggers").
public struct Thresholds: Codable, Equatable, Sendable {
    public var errorRatePermille: Double
    public var seriousErrors: Int
    public var inactiveMedia: Int
    public var lateSerious: Int
    public var lateFixes: Int
    public var missingSystems: Int
    public var staffingGaps: Int
    public var unfixedOverdue: Int
    public var unmonitoredMedia: Int
    public var complaints: Int

    enum CodingKeys: String, CodingKey {
        case complaints
        case errorRatePermille = "error_rate_permille"
        case seriousErrors = "serious_errors"
        case inactiveMedia = "inactive_media"
        case lateSerious = "late_serious"
        case lateFixes = "late_fixes"
        case missingSystems = "missing_systems"
        case staffingGaps = "staffing_gaps"
        case unfixedOverdue = "unfixed_overdue"
        case unmonitoredMedia = "unmonitored_media"
    }

    public init(errorRatePermille: Double, seriousErrors: Int, inactiveMedia: Int, lateSerious: Int, lateFixes: Int,
                missingSystems: Int, staffingGaps: Int, unfixedOverdue: Int, unmonitoredMedia: Int, complaints: Int) {
        self.errorRatePermille = errorRatePermille
        self.seriousErrors = seriousErrors
        self.inactiveMedia = inactiveMedia
        self.lateSerious = lateSerious
        self.lateFixes = lateFixes
        self.missingSystems = missingSystems
        self.staffingGaps = staffingGaps
        self.unfixedOverdue = unfixedOverdue
        self.unmonitoredMedia = unmonitoredMedia
        self.complaints = complaints
    }
}

/// Points deducted per unit of each metric (rules.md "Score").
public struct Weights: Codable, Equatable, Sendable {
    public var errorRate: Double
    public var seriousError: Double
    public var inactiveMedia: Double
    public var lateFix: Double
    public var lateSerious: Double
    public var missingSystem: Double
    public var staffingGap: Double
    public var complaint: Double

    enum CodingKeys: String, CodingKey {
        case complaint
        case errorRate = "error_rate"
        case seriousError = "serious_error"
        case inactiveMedia = "inactive_media"
        case lateFix = "late_fix"
        case lateSerious = "late_serious"
        case missingSystem = "missing_system"
        case staffingGap = "staffing_gap"
    }

    public init(errorRate: Double, seriousError: Double, inactiveMedia: Double, lateFix: Double, lateSerious: Double,
                missingSystem: Double, staffingGap: Double, complaint: Double) {
        self.errorRate = errorRate
        self.seriousError = seriousError
        self.inactiveMedia = inactiveMedia
        self.lateFix = lateFix
        self.lateSerious = lateSerious
        self.missingSystem = missingSystem
        self.staffingGap = staffingGap
        self.complaint = complaint
    }
}

/// Caps of the five deductions.
public struct Caps: Codable, Equatable, Sendable {
    public var error: Double
    public var inactivity: Double
    public var late: Double
    public var systems: Double
    public var complaints: Double

    public init(error: Double, inactivity: Double, late: Double, systems: Double, complaints: Double) {
        self.error = error
        self.inactivity = inactivity
        self.late = late
        self.systems = systems
        self.complaints = complaints
    }
}

/// Art. 20: `ideology_deduction = min(cap, base[decision] + majorIncident * major_incidents)`; over a year,
/// the sum of the quarters' deductions, capped by `annualCap` when one is configured (year.md).
public struct IdeologyRules: Codable, Equatable, Sendable {
    public var baseNone: Double
    public var baseLetter: Double
    public var baseNotice: Double
    public var majorIncident: Double
    public var cap: Double
    /// The most a unit loses in one year (`ideology.annual_cap`); nil = no annual cap (the default).
    public var annualCap: Double?

    enum CodingKeys: String, CodingKey {
        case cap
        case baseNone = "base_none"
        case baseLetter = "base_letter"
        case baseNotice = "base_notice"
        case majorIncident = "major_incident"
        case annualCap = "annual_cap"
    }

    public init(baseNone: Double, baseLetter: Double, baseNotice: Double, majorIncident: Double, cap: Double,
                annualCap: Double? = nil) {
        self.baseNone = baseNone
        self.baseLetter = baseLetter
        self.baseNotice = baseNotice
        self.majorIncident = majorIncident
        self.cap = cap
        self.annualCap = annualCap
    }

    /// An unset annual cap is left out (manifests and ledgers of configurations without one stay as they were),
    /// except where the encoder asks for every key (`CodingUserInfoKey.listsUnsetKeys`: the configuration loader's
    /// shape of accepted keys).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(baseNone, forKey: .baseNone)
        try c.encode(baseLetter, forKey: .baseLetter)
        try c.encode(baseNotice, forKey: .baseNotice)
        try c.encode(majorIncident, forKey: .majorIncident)
        try c.encode(cap, forKey: .cap)
        if let annualCap {
            try c.encode(annualCap, forKey: .annualCap)
        } else if encoder.userInfo[.listsUnsetKeys] as? Bool == true {
            try c.encodeNil(forKey: .annualCap)
        }
    }
}

extension CodingUserInfoKey {
    /// `true`: optional settings that are not set are encoded as null instead of being left out.
    public static let listsUnsetKeys: CodingUserInfoKey = {
        guard let key = CodingUserInfoKey(rawValue: "assess.listsUnsetKeys") else {
            preconditionFailure("a non-empty raw value always makes a key")
        }
        return key
    }()
}
