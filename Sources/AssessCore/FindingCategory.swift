/// Category of an inspection finding (问题类型).
public enum FindingCategory: String, CodedValue, Codable {
    case typo
    case wrong_expression
    case broken_link
    case secret_leak
    case privacy_leak
    case advertising
    case fake_data
    case not_updated
    case inaccessible
    case other

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .typo: "错别字"
        case .wrong_expression: "表述错误"
        case .broken_link: "错链"
        case .secret_leak: "泄密"
        case .privacy_leak: "隐私泄露"
        case .advertising: "违规广告"
        case .fake_data: "数据造假"
        case .not_updated: "不更新"
        case .inaccessible: "无法访问"
        case .other: "其他"
        }
    }
}
