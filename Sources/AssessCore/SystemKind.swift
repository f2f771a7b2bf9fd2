/// A management system a unit declares (制度), Art. 12, 14, 15. Case order is the rulebook's order.
public enum SystemKind: String, CodedValue, Codable {
    case three_review
    case emergency_response
    case security
    case confidentiality
    case contingency_plan

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .three_review: "三审"
        case .emergency_response: "应急响应"
        case .security: "安全管理"
        case .confidentiality: "保密审查"
        case .contingency_plan: "应急预案"
        }
    }
}
