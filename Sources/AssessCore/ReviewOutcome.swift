/// The office's conclusion on a disputed finding (复核结论, reviews.md).
public enum ReviewOutcome: String, CodedValue, Codable {
    /// 撤销: the finding is withdrawn and counts as 误报.
    case void
    /// 维持: the finding stands; nothing changes.
    case upheld

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .void: "撤销"
        case .upheld: "维持"
        }
    }
}
