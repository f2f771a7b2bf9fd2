/// The rendering models as plain dictionaries and arrays, built once before rendering.
///
/// swift-mustache looks up a key on a struct through `Mirror` on every tag, filtering all children each time;
/// a letter has hundreds of tags, which made the letters 85 % of a city run (perf, docs/PERFORMANCE.md).
/// `[String: Any]` conforms to `MustacheParent`, so one reflection pass per model makes lookups hash lookups.
/// Nil optionals are left out, so `{{#key}}` / `{{^key}}` behave exactly as on the struct.
enum RenderTree {
    static func make(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?:
            var dictionary: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, let value = unwrap(child.value) else { continue }
                dictionary[label] = make(value)
            }
            return dictionary
        case .collection?, .set?:
            return mirror.children.compactMap { unwrap($0.value).map(make) }
        case .optional?:
            return unwrap(value).map(make) as Any
        default:
            return value
        }
    }

    /// The wrapped value of an optional (nil when empty); any other value as it is.
    static func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.flatMap { unwrap($0.value) }
    }
}
