/// The six Art. 19 criteria, in rulebook order.
public enum Trigger: String, CodedValue, Codable {
    case error_rate
    case inactivity
    case late_fixes
    case missing_systems
    case ineffective
    case dissatisfaction

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .error_rate: "错误率高"
        case .inactivity: "长期不发布"
        case .late_fixes: "运维不认真"
        case .missing_systems: "制度不健全"
        case .ineffective: "落实不得力"
        case .dissatisfaction: "群众不满意"
        }
    }
}
