/// The registry compliance checks (issue 7), in the order their findings are listed.
///
/// They implement Art. 8 (consistent names), Art. 9 (every opening, change and closing registered) and
/// Art. 10 (low-use accounts consolidated or closed; in principle one account per unit per platform).
/// They never change a score or a decision: they are the office's clean-up work list.
public enum ComplianceCheck: String, CodedValue, Codable {
    case duplicatePlatform = "duplicate_platform"
    case nameInconsistent = "name_inconsistent"
    case lowActivity = "low_activity"
    case silentAllQuarter = "silent_all_quarter"
    case registryStale = "registry_stale"

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .duplicatePlatform: "同一平台多个账号"
        case .nameInconsistent: "账号名称不一致"
        case .lowActivity: "发布过少"
        case .silentAllQuarter: "整季度未发布"
        case .registryStale: "备案信息未更新"
        }
    }

    /// The article of the measures the check implements, the Chinese way (`第十条`).
    public var article: String {
        switch self {
        case .duplicatePlatform, .lowActivity, .silentAllQuarter: "第十条"
        case .nameInconsistent: "第八条"
        case .registryStale: "第九条"
        }
    }
}
