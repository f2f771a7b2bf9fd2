/// The rendering models as plain dictionaries and arrays, built once before rendering.
///
/// swift-mustache looks up a key on a struct through `Mirror` on every tag, filtering all children each time;
/// a letter has hundreds of tags, which made the letters 85 % of a city run (perf, docs/PERFORMANCE.md).
/// `[String: Any]` conforms to `MustacheParent`, so one pass per model makes lookups hash lookups. Used for the
/// notice and the summary (rendered once); the letter's models list their fields themselves (`TemplateFields`).
/// Nil optionals are left out, so `{{#key}}` / `{{^key}}` behave exactly as on the struct.
enum RenderTree {
    static func make(_ value: Any) -> Any {
        // Leaves first: most values are strings and numbers, and need no Mirror.
        switch value {
        case is String, is Int, is Bool, is Double: return value
        case let optional as AnyOptional: return optional.wrappedValue.map(make) as Any
        case let array as [Any]: return array.compactMap { unwrap($0).map(make) }
        default: break
        }
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
        default:
            return value
        }
    }

    /// The wrapped value of an optional (nil when empty); any other value as it is.
    static func unwrap(_ value: Any) -> Any? {
        guard let optional = value as? AnyOptional else { return value }
        return optional.wrappedValue.flatMap(unwrap)
    }
}

/// Lets `RenderTree` see through an `Optional` held as `Any` without reflection.
private protocol AnyOptional {
    var wrappedValue: Any? { get }
}

extension Optional: AnyOptional {
    fileprivate var wrappedValue: Any? { self.map { $0 as Any } }
}
