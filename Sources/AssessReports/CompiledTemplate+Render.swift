import Mustache

extension CompiledTemplate {
    /// The text swift-mustache would render from `value` with the Markdown content type, or nil when the
    /// template reaches a value outside `TemplateValue`'s cases (the caller then renders with swift-mustache).
    /// Throws `BudgetExceeded` when the document passes `Budget.maximumBytes` or `Budget.maximumSteps` tags:
    /// a template that nests lists in lists cannot run for hours or fill the disk.
    func render(_ value: TemplateValue) throws(BudgetExceeded) -> String? {
        var stack = [value]
        var out = ""
        var budget = Budget()
        do {
            try Self.render(nodes, stack: &stack, into: &out, budget: &budget)
        } catch let error as BudgetExceeded {
            throw error
        } catch {
            return nil
        }
        return out
    }

    /// The work one document may take.
    struct Budget {
        /// 64 MB of Markdown: far more than any letter, notice or summary of a province.
        static let maximumBytes = 64 << 20
        /// Tags and text pieces visited.
        static let maximumSteps = 100_000_000
        var steps = 0

        mutating func spend(_ out: String) throws(BudgetExceeded) {
            steps += 1
            if steps > Self.maximumSteps || out.utf8.count > Self.maximumBytes { throw BudgetExceeded() }
        }
    }

    struct BudgetExceeded: Error {}

    private struct Unrenderable: Error {}

    private static func render(_ nodes: [Node], stack: inout [TemplateValue], into out: inout String,
                               budget: inout Budget) throws {
        for node in nodes {
            try budget.spend(out)
            switch node {
            case .text(let text):
                out += text
            case .value(let name):
                guard let value = try lookUp(name, in: stack) else { continue }
                out += MarkdownEscaping.escape(try describe(value))
            case .section(let name, let inner):
                try renderSection(try lookUp(name, in: stack), inner, stack: &stack, into: &out, budget: &budget)
            case .invertedSection(let name, let inner):
                try renderInvertedSection(try lookUp(name, in: stack), inner, stack: &stack, into: &out, budget: &budget)
            }
        }
    }

    /// Lists once per item, flags as conditions, any other value once with the value on top of the stack.
    private static func renderSection(_ value: TemplateValue?, _ inner: [Node], stack: inout [TemplateValue],
                                      into out: inout String, budget: inout Budget) throws {
        switch value {
        case .list(let items)?:
            for item in items { try render(inner, with: item, stack: &stack, into: &out, budget: &budget) }
        case .flag(let flag)?:
            if flag { try render(inner, stack: &stack, into: &out, budget: &budget) }
        case let value?:
            try render(inner, with: value, stack: &stack, into: &out, budget: &budget)
        case nil:
            break
        }
    }

    /// Rendered for a missing value, `false` and an empty list (which swift-mustache puts on the stack).
    private static func renderInvertedSection(_ value: TemplateValue?, _ inner: [Node], stack: inout [TemplateValue],
                                              into out: inout String, budget: inout Budget) throws {
        switch value {
        case .list(let items)? where items.isEmpty:
            try render(inner, with: .list(items), stack: &stack, into: &out, budget: &budget)
        case .flag(false)?, nil:
            try render(inner, stack: &stack, into: &out, budget: &budget)
        default:
            break
        }
    }

    private static func render(_ nodes: [Node], with top: TemplateValue, stack: inout [TemplateValue],
                               into out: inout String, budget: inout Budget) throws {
        stack.append(top)
        defer { stack.removeLast() }
        try render(nodes, stack: &stack, into: &out, budget: &budget)
    }

    /// swift-mustache's lookup: `.` is the top of the stack; a name's first part is searched from the top down,
    /// the other parts inside what was found; `.a` only in the top; then the transforms, innermost first.
    private static func lookUp(_ name: Name, in stack: [TemplateValue]) throws -> TemplateValue? {
        var value: TemplateValue?
        let parts = name.parts
        if name.text == "." {
            value = stack.last
        } else if name.text.isEmpty, !name.transforms.isEmpty {
            throw Unrenderable()  // the position in a list (`first()` …): left to swift-mustache
        } else if name.text.hasPrefix(".") {
            value = stack.last.flatMap { child(parts, of: $0) }
        } else if let first = parts.first {
            value = stack.reversed().lazy.compactMap { field(first, of: $0) }.first.flatMap { child(parts.dropFirst(), of: $0) }
        } else {
            value = stack.last
        }
        for transform in name.transforms.reversed() {
            guard let current = value else { return nil }
            value = try apply(transform, to: current)
            if value == nil { return nil }
        }
        return value
    }

    private static func field(_ name: String, of value: TemplateValue) -> TemplateValue? {
        guard case .object(let fields) = value else { return nil }
        return fields[name]
    }

    private static func child(_ parts: some Collection<String>, of value: TemplateValue) -> TemplateValue? {
        var value = value
        for part in parts {
            guard let next = field(part, of: value) else { return nil }
            value = next
        }
        return value
    }

    /// A transform on a list natively; on text and numbers by swift-mustache's own `MustacheTransformable`.
    private static func apply(_ transform: String, to value: TemplateValue) throws -> TemplateValue? {
        switch value {
        case .list(let items):
            switch transform {
            case "empty": return .flag(items.isEmpty)
            case "count": return .number(items.count)
            case "first": return items.first
            case "last": return items.last
            default: throw Unrenderable()
            }
        case .object(let fields):
            switch transform {
            case "empty": return .flag(fields.isEmpty)
            case "count": return .number(fields.count)
            default: throw Unrenderable()
            }
        case .flag:
            return nil  // Bool has no transforms in swift-mustache
        case .text, .number:
            guard let result = (value.any as? MustacheTransformable)?.transform(transform) else { return nil }
            guard let converted = TemplateValue(any: result) else { throw Unrenderable() }
            return converted
        }
    }

    /// `String(describing:)` of a value, as swift-mustache prints it; lists and objects are left to swift-mustache.
    private static func describe(_ value: TemplateValue) throws -> String {
        switch value {
        case .text(let text): return text
        case .number(let number): return String(number)
        case .flag(let flag): return flag ? "true" : "false"
        case .object, .list: throw Unrenderable()
        }
    }
}
