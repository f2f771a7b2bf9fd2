import Mustache

/// A value a template sees, as a closed set of cases, so that `CompiledTemplate` renders without dynamic casts.
///
/// `any` gives the same value in the form swift-mustache renders (`[String: Any]`, arrays, strings, numbers).
indirect enum TemplateValue {
    case text(String)
    case number(Int)
    case flag(Bool)
    case object([String: TemplateValue])
    case list([TemplateValue])

    /// The value for swift-mustache.
    var any: Any {
        switch self {
        case .text(let text): text
        case .number(let number): number
        case .flag(let flag): flag
        case .object(let fields): fields.mapValues { $0.any }
        case .list(let items): items.map { $0.any }
        }
    }

    /// A value swift-mustache produced (a transform's result) as a template value; nil for any other kind.
    init?(any value: Any) {
        switch value {
        case let text as String: self = .text(text)
        case let text as Substring: self = .text(String(text))
        case let number as Int: self = .number(number)
        case let flag as Bool: self = .flag(flag)
        case let fields as [String: Any]:
            var converted: [String: TemplateValue] = [:]
            for (key, field) in fields {
                guard let value = TemplateValue(any: field) else { return nil }
                converted[key] = value
            }
            self = .object(converted)
        case let items as [Any]:
            var converted: [TemplateValue] = []
            for item in items {
                guard let value = TemplateValue(any: item) else { return nil }
                converted.append(value)
            }
            self = .list(converted)
        default: return nil
        }
    }
}
