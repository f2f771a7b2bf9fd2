/// A management system a unit declares (制度), Art. 12, 14, 15. Case order is the rulebook's order.
public enum SystemKind: String, CodedValue, Codable {
    case threeReview = "three_review"
    case emergencyResponse = "emergency_response"
    case security
    case confidentiality
    case contingencyPlan = "contingency_plan"

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .threeReview: "三审"
        case .emergencyResponse: "应急响应"
        case .security: "安全管理"
        case .confidentiality: "保密审查"
        case .contingencyPlan: "应急预案"
        }
    }
}
