/// The configuration of the registry compliance checks (`compliance:` in the configuration file):
/// each check on or off, and the low-activity minimum. Defaults in `Configuration+Default.swift`.
///
/// Every key may be omitted (a configuration or manifest written before the checks existed decodes
/// to the defaults).
public struct ComplianceRules: Codable, Equatable, Sendable {
    public var duplicatePlatform: Bool
    public var nameInconsistent: Bool
    public var lowActivity: Bool
    public var silentAllQuarter: Bool
    public var registryStale: Bool
    /// Art. 10: an account with fewer posts than this in a whole quarter is a low-activity account
    /// (default 12, about one a week); pro-rated for a window shorter than the quarter (`LowActivityCheck`).
    public var minPosts: Int

    enum CodingKeys: String, CodingKey {
        case duplicatePlatform = "duplicate_platform"
        case nameInconsistent = "name_inconsistent"
        case lowActivity = "low_activity"
        case silentAllQuarter = "silent_all_quarter"
        case registryStale = "registry_stale"
        case minPosts = "min_posts"
    }

    public init(duplicatePlatform: Bool, nameInconsistent: Bool, lowActivity: Bool, silentAllQuarter: Bool,
                registryStale: Bool, minPosts: Int) {
        self.duplicatePlatform = duplicatePlatform
        self.nameInconsistent = nameInconsistent
        self.lowActivity = lowActivity
        self.silentAllQuarter = silentAllQuarter
        self.registryStale = registryStale
        self.minPosts = minPosts
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ComplianceRules.default
        duplicatePlatform = try c.decodeIfPresent(Bool.self, forKey: .duplicatePlatform) ?? d.duplicatePlatform
        nameInconsistent = try c.decodeIfPresent(Bool.self, forKey: .nameInconsistent) ?? d.nameInconsistent
        lowActivity = try c.decodeIfPresent(Bool.self, forKey: .lowActivity) ?? d.lowActivity
        silentAllQuarter = try c.decodeIfPresent(Bool.self, forKey: .silentAllQuarter) ?? d.silentAllQuarter
        registryStale = try c.decodeIfPresent(Bool.self, forKey: .registryStale) ?? d.registryStale
        minPosts = try c.decodeIfPresent(Int.self, forKey: .minPosts) ?? d.minPosts
    }

    /// Is `check` switched on?
    public func isEnabled(_ check: ComplianceCheck) -> Bool {
        switch check {
        case .duplicatePlatform: duplicatePlatform
        case .nameInconsistent: nameInconsistent
        case .lowActivity: lowActivity
        case .silentAllQuarter: silentAllQuarter
        case .registryStale: registryStale
        }
    }
}
