/// Unit category (单位类别), inputs.md units.category.
public enum UnitCategory: String, CodedValue, Codable {
    case party
    case congress
    case government
    case cppcc
    case court
    case procuratorate
    case democraticParty = "democratic_party"
    case socialOrg = "social_org"
    case institution
    case soe
    case school
    case hospital
    case media

    public var code: String { rawValue }

    public var chinese: String {
        switch self {
        case .party: "党委"
        case .congress: "人大"
        case .government: "政府"
        case .cppcc: "政协"
        case .court: "法院"
        case .procuratorate: "检察院"
        case .democraticParty: "民主党派"
        case .socialOrg: "社会组织"
        case .institution: "事业单位"
        case .soe: "国有企业"
        case .school: "学校"
        case .hospital: "医院"
        case .media: "媒体"
        }
    }
}
