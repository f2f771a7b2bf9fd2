/// The six Art. 19 criteria, in rulebook order.
public enum Trigger: String, CodedValue, Codable {
    case errorRate = "error_rate"
    case inactivity
    case lateFixes = "late_fixes"
    case missingSystems = "missing_systems"
    case ineffective
    case dissatisfaction

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .errorRate: "错误率高"
        case .inactivity: "长期不发布"
        case .lateFixes: "运维不认真"
        case .missingSystems: "制度不健全"
        case .ineffective: "落实不得力"
        case .dissatisfaction: "群众不满意"
        }
    }
}
