/// The Art. 19 decision for a unit in a quarter.
public enum Decision: String, CodedValue, Codable {
    /// No criterion holds (printed `none`).
    case noAction = "none"
    case letter
    case notice

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .noAction: "无"
        case .letter: "整改函"
        case .notice: "通报"
        }
    }
}
