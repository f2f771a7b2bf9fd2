/// Category of an inspection finding (问题类型).
public enum FindingCategory: String, CodedValue, Codable {
    case typo
    case wrongExpression = "wrong_expression"
    case brokenLink = "broken_link"
    case secretLeak = "secret_leak"
    case privacyLeak = "privacy_leak"
    case advertising
    case fakeData = "fake_data"
    case notUpdated = "not_updated"
    case inaccessible
    case other

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .typo: "错别字"
        case .wrongExpression: "表述错误"
        case .brokenLink: "错链"
        case .secretLeak: "泄密"
        case .privacyLeak: "隐私泄露"
        case .advertising: "违规广告"
        case .fakeData: "数据造假"
        case .notUpdated: "不更新"
        case .inaccessible: "无法访问"
        case .other: "其他"
        }
    }
}
