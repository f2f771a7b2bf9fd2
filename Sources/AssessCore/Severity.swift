/// Severity of a finding (严重程度); decides the Art. 15 fix deadline.
public enum Severity: String, CodedValue, Codable {
    case general
    case serious

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .general: "一般"
        case .serious: "严重"
        }
    }
}
