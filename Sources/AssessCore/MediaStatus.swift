/// Registry status of a media (状态).
public enum MediaStatus: String, CodedValue, Codable {
    case active
    case suspended
    case closed

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .active: "运行"
        case .suspended: "关停"
        case .closed: "注销"
        }
    }
}
