/// The office's ruling on a finding (核定结果); false positives count nowhere.
public enum Verdict: String, CodedValue, Codable {
    case valid
    case falsePositive = "false_positive"

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .valid: "有效"
        case .falsePositive: "误报"
        }
    }
}
