/// Kind of website or new-media account (类型), inputs.md media.kind.
public enum MediaKind: String, CodedValue, Codable {
    case website
    case weibo
    case wechat
    case douyin
    case toutiao
    case kuaishou
    case channels
    case app
    case other

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .website: "网站"
        case .weibo: "微博"
        case .wechat: "微信"
        case .douyin: "抖音"
        case .toutiao: "头条"
        case .kuaishou: "快手"
        case .channels: "视频号"
        case .app: "客户端"
        case .other: "其他"
        }
    }
}
