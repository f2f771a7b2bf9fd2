extension Configuration {
    /// The rulebook's defaults (rules.md), for Kunming.
    public static let `default` = Configuration(
        city: "昆明市",
        issuer: "中共昆明市委网络安全和信息化委员会办公室",
        letterPrefix: "昆网信函",
        noticePrefix: "昆网信通",
        reportWorkingDays: 15,
        calendar: CalendarAdditions(),
        rules: .default,
        compliance: .default,
        documents: .default
    )
}

extension DocumentSettings {
    /// The fonts of GB/T 9704-2012; the notice goes to the city's four leading offices' general offices;
    /// printed by the issuing office; no 附注 until a contact is configured.
    public static let `default` = DocumentSettings(
        fonts: DocumentFonts(title: "方正小标宋简体", body: "仿宋_GB2312", heading1: "黑体", heading2: "楷体_GB2312",
                             latin: "Times New Roman"),
        noticeCopyTo: ["中共昆明市委办公室", "昆明市人大常委会办公室", "昆明市人民政府办公室", "昆明市政协办公室"],
        printer: "",
        contactName: "",
        contactPhone: ""
    )
}

extension ComplianceRules {
    /// Every check on; at least 12 posts a quarter (about one a week).
    public static let `default` = ComplianceRules(
        duplicatePlatform: true, nameInconsistent: true, lowActivity: true, silentAllQuarter: true,
        registryStale: true, minPosts: 12
    )
}

extension Rules {
    public static let `default` = Rules(
        workingHours: ["09:00-12:00", "13:00-18:00"],
        deadlines: DeadlineLimits(generalInWorkingTime: 60, seriousInWorkingTime: 30,
                                  generalOffHours: 240, seriousOffHours: 120),
        inactivityDays: 14,
        requiredSystems: SystemKind.allCases,
        thresholds: Thresholds(errorRatePermille: 2.0, seriousErrors: 1, inactiveMedia: 1, lateSerious: 1,
                               lateFixes: 3, missingSystems: 1, staffingGaps: 1, unfixedOverdue: 1,
                               unmonitoredMedia: 1, complaints: 3),
        weights: Weights(errorRate: 5, seriousError: 5, inactiveMedia: 10, lateFix: 2, lateSerious: 5,
                         missingSystem: 3, staffingGap: 3, complaint: 2),
        caps: Caps(error: 25, inactivity: 25, late: 25, systems: 15, complaints: 10),
        fullScore: 100,
        improvementMargin: 10,
        ideology: IdeologyRules(baseNone: 0, baseLetter: 1, baseNotice: 3, majorIncident: 2, cap: 10)
    )
}
