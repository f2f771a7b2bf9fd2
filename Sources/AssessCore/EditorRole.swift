/// Role of a registered person (角色).
public enum EditorRole: String, CodedValue, Codable {
    case head
    case deputy
    case chiefEditor = "chief_editor"
    case editor

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .head: "主要负责人"
        case .deputy: "分管负责人"
        case .chiefEditor: "主要编辑"
        case .editor: "编辑"
        }
    }
}
