/// The registry compliance checks (issue 7), in the order their findings are listed.
///
/// They implement Art. 8 (consistent names), Art. 9 (every opening, change and closing registered) and
/// Art. 10 (low-use accounts consolidated or closed; in principle one account per unit per platform).
/// They never change a score or a decision: they are the office's clean-up work list.
public enum ComplianceCheck: String, CodedValue, Codable {
    case duplicate_platform
    case name_inconsistent
    case low_activity
    case silent_all_quarter
    case registry_stale

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .duplicate_platform: "同一平台多个账号"
        case .name_inconsistent: "账号名称不一致"
        case .low_activity: "发布过少"
        case .silent_all_quarter: "整季度未发布"
        case .registry_stale: "备案信息未更新"
        }
    }

    /// The article of the measures the check implements, the Chinese way (`第十条`).
    public var article: String {
        switch self {
        case .duplicate_platform, .low_activity, .silent_all_quarter: "第十条"
        case .name_inconsistent: "第八条"
        case .registry_stale: "第九条"
        }
    }
}
