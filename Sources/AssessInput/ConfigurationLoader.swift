import AssessCore
import Foundation
import Yams

/// Reads the run's YAML configuration (rules.md "Configuration"): every key optional, merged over
/// `Configuration.default`; unknown keys and values of the wrong type are fatal, naming the dotted key.
///
/// `category_rules` maps a unit category (Chinese value or English code) to a partial `rules` mapping,
/// merged over the (merged) base `rules` (Art. 14 lets some categories adapt the check standard).
/// An empty value (`key:` with nothing after it) means "not set": the default stays.
public enum ConfigurationLoader {
    public static func load(from url: URL) throws -> Configuration {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ConfigurationError.unreadable(file: url.path, reason: "文件不存在或没有读取权限")
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw ConfigurationError.unreadable(file: url.path, reason: "文件不是 UTF-8 编码，请另存为 UTF-8")
        }
        return try parse(text, file: url.path)
    }

    public static func parse(_ yaml: String, file: String) throws -> Configuration {
        let user: Node?
        do {
            user = try Yams.compose(yaml: yaml)
        } catch {
            throw ConfigurationError.syntax(file: file, detail: "\(error)")
        }
        var merger = NodeMerger(file: file)
        let merged = try merger.mergeConfiguration(defaults: try defaultsNode(), user: user)
        let configuration: Configuration
        do {
            configuration = try YAMLDecoder().decode(Configuration.self, from: merged)
        } catch let error as DecodingError {
            throw merger.configurationError(for: error)
        }
        try ConfigurationValidator(file: file, categoryKeys: merger.categoryKeys).validate(configuration)
        return configuration
    }

    /// `Configuration.default` as a YAML node: the shape every user file is checked against (settings that are
    /// unset by default, such as `ideology.annual_cap`, appear as null so that a file may set them).
    static func defaultsNode() throws -> Node {
        let text = try YAMLEncoder().encode(Configuration.default, userInfo: [.listsUnsetKeys: true])
        return try Yams.compose(yaml: text) ?? .mapping(Node.Mapping([]))
    }
}

/// Deep-merges the user's YAML over the defaults, checking keys and shapes on the way.
struct NodeMerger {
    let file: String
    /// Category code → the key as the user wrote it (`school` → `学校`), for messages.
    private(set) var categoryKeys: [String: String] = [:]

    init(file: String) { self.file = file }

    mutating func mergeConfiguration(defaults: Node, user: Node?) throws -> Node {
        guard let user, !Self.isNull(user) else { return defaults }
        guard case let .mapping(userMapping) = user else {
            throw ConfigurationError.wrongType(file: file, key: "（整个文件）", line: user.mark?.line,
                                               expected: "键值对（映射）")
        }
        let categoryKey = "category_rules"
        let base = userMapping.filter { $0.key.string != categoryKey }
        let merged = try merge(defaults: defaults, user: .mapping(Node.Mapping(base.map { ($0.key, $0.value) })),
                               path: [])
        guard let categoryNode = Self.value(of: categoryKey, in: userMapping), !Self.isNull(categoryNode),
              case let .mapping(result) = merged, let rules = Self.value(of: "rules", in: result) else {
            return merged
        }
        guard case let .mapping(categories) = categoryNode else {
            throw ConfigurationError.wrongType(file: file, key: categoryKey, line: categoryNode.mark?.line,
                                               expected: "按单位类别的键值对（映射）")
        }
        var overrides: [(Node, Node)] = []
        for (keyNode, partial) in categories {
            let key = keyNode.string ?? ""
            guard let category = UnitCategory(parsing: key) else {
                throw ConfigurationError.invalidValue(
                    file: file, key: "\(categoryKey).\(key)",
                    reason: "未知的单位类别，可用：\(UnitCategory.acceptedValues)")
            }
            if let earlier = categoryKeys[category.code] {
                throw ConfigurationError.invalidValue(
                    file: file, key: "\(categoryKey).\(key)",
                    reason: "与 \(categoryKey).\(earlier) 是同一单位类别，只能写一次")
            }
            categoryKeys[category.code] = key
            overrides.append((Node(category.code),
                              try merge(defaults: rules, user: partial, path: [categoryKey, key])))
        }
        let pairs = result.map { pair in
            (pair.key, pair.key.string == categoryKey ? Node.mapping(Node.Mapping(overrides)) : pair.value)
        }
        return .mapping(Node.Mapping(pairs))
    }

    /// `user` over `defaults`: mappings merge key by key; lists and single values replace.
    func merge(defaults: Node, user: Node, path: [String]) throws -> Node {
        if Self.isNull(user) { return defaults }
        let key = path.joined(separator: ".")
        switch defaults {
        case let .mapping(defaultMapping):
            guard case let .mapping(userMapping) = user else {
                throw ConfigurationError.wrongType(file: file, key: key.isEmpty ? "（整个文件）" : key,
                                                   line: user.mark?.line, expected: "键值对（映射）")
            }
            var seen: Set<String> = []
            var overrides: [String: Node] = [:]
            for (keyNode, value) in userMapping {
                let name = keyNode.string ?? ""
                let dotted = (path + [name]).joined(separator: ".")
                guard let defaultValue = Self.value(of: name, in: defaultMapping) else {
                    throw ConfigurationError.unknownKey(file: file, key: dotted, line: keyNode.mark?.line,
                                                        accepted: defaultMapping.keys.compactMap(\.string))
                }
                guard seen.insert(name).inserted else {
                    throw ConfigurationError.invalidValue(file: file, key: dotted, reason: "该配置项写了不止一次")
                }
                overrides[name] = try merge(defaults: defaultValue, user: value, path: path + [name])
            }
            let pairs = defaultMapping.map { pair in (pair.key, overrides[pair.key.string ?? ""] ?? pair.value) }
            return .mapping(Node.Mapping(pairs))
        case .sequence:
            guard case let .sequence(items) = user else {
                throw ConfigurationError.wrongType(file: file, key: key, line: user.mark?.line, expected: "列表")
            }
            for (index, item) in items.enumerated() {
                guard case .scalar = item else {
                    throw ConfigurationError.wrongType(file: file, key: "\(key)[\(index + 1)]", line: item.mark?.line,
                                                       expected: "单个值")
                }
            }
            return path.last == "required_systems" ? try systemCodes(items, key: key) : user
        case .scalar, .alias:
            guard case .scalar = user else {
                throw ConfigurationError.wrongType(file: file, key: key, line: user.mark?.line,
                                                   expected: "单个值（数字或文字）")
            }
            return user
        }
    }

    static func value(of key: String, in mapping: Node.Mapping) -> Node? {
        mapping.first { $0.key.string == key }?.value
    }

    /// Required systems may be written in Chinese (`三审`) or as codes (`three_review`); decoding wants codes.
    private func systemCodes(_ items: Node.Sequence, key: String) throws -> Node {
        var codes: [Node] = []
        for (index, item) in items.enumerated() {
            let text = item.string ?? ""
            guard let system = SystemKind(parsing: text) else {
                throw ConfigurationError.invalidValue(
                    file: file, key: "\(key)[\(index + 1)]",
                    reason: "未知的制度“\(text)”，可用：\(SystemKind.acceptedValues)")
            }
            codes.append(Node(system.code))
        }
        return .sequence(Node.Sequence(codes))
    }

    /// A decoding failure (a number expected, text found) as a `ConfigurationError` naming the key.
    func configurationError(for error: DecodingError) -> ConfigurationError {
        switch error {
        case let .typeMismatch(type, context), let .valueNotFound(type, context):
            return .wrongType(file: file, key: dotted(context.codingPath), line: nil, expected: Self.describe(type))
        case let .dataCorrupted(context):
            return .invalidValue(file: file, key: dotted(context.codingPath), reason: context.debugDescription)
        case let .keyNotFound(key, context):
            return .invalidValue(file: file, key: dotted(context.codingPath + [key]), reason: "缺少该配置项")
        @unknown default:
            return .invalidValue(file: file, key: "", reason: "\(error)")
        }
    }

    /// `rules.working_hours[2]`, with 1-based list positions and category keys as the user wrote them.
    func dotted(_ path: [any CodingKey]) -> String {
        var text = ""
        for (index, key) in path.enumerated() {
            if let position = key.intValue, key.stringValue == String(position) || key.stringValue.hasPrefix("Index") {
                text += "[\(position + 1)]"
                continue
            }
            var name = key.stringValue
            if index == 1, path.first?.stringValue == "category_rules" { name = categoryKeys[name] ?? name }
            text += text.isEmpty ? name : ".\(name)"
        }
        return text
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "整数"
        case is Double.Type: "数字"
        case is String.Type: "文字"
        default: "\(type)"
        }
    }

    static func isNull(_ node: Node) -> Bool {
        if case .scalar = node { return node.null != nil }
        return false
    }
}
