import Foundation
import Testing
@testable import AssessReports

/// swift-mustache renders a misspelt key as empty without error, so every key the shipped templates use is
/// checked here against the rendering model built from the fixture.
@Suite struct TemplateKeysTests {
    @Test func letterKeysExist() throws {
        let renderer = try ReportRenderer(templates: ReportFixture.templates)
        let inputs = ReportFixture.inputs
        let text = try template(ReportRenderer.letterFile)
        var verified = Set<String>()
        for unit in [ReportFixture.letterUnit, ReportFixture.noticeUnit] {
            let check = KeyChecker.check(text, model: renderer.letterModel(for: unit, inputs))
            #expect(check.unknown.isEmpty, "unknown keys: \(check.unknown.sorted())")
            verified.formUnion(check.verified)
        }
        #expect(KeyChecker.allKeys(text).subtracting(verified).isEmpty,
                "keys no fixture reaches: \(KeyChecker.allKeys(text).subtracting(verified).sorted())")
    }

    @Test func noticeAndSummaryKeysExist() throws {
        let renderer = try ReportRenderer(templates: ReportFixture.templates)
        let inputs = ReportFixture.inputs
        let notice = try #require(renderer.noticeModel(inputs))
        let withdrawal = WithdrawalModel(ReportFixture.withdrawal, scoreAfter: "100.00", inputs: ReportFixture.inputsWithReviews)
        for (file, model) in [(ReportRenderer.noticeFile, notice as Any),
                              (ReportRenderer.summaryFile, renderer.summaryModel(ReportFixture.inputsWithReviews)),
                              (ReportRenderer.withdrawalFile, withdrawal)] {
            let text = try template(file)
            let check = KeyChecker.check(text, model: model)
            #expect(check.unknown.isEmpty, "\(file) unknown keys: \(check.unknown.sorted())")
            #expect(KeyChecker.allKeys(text).subtracting(check.verified).isEmpty, "\(file) unreached keys")
        }
    }

    @Test func checkerCatchesATypo() {
        let check = KeyChecker.check("{{#triggers}}{{nmae}}{{/triggers}}{{unitNmae}}",
                                     model: try? ReportRenderer(templates: ReportFixture.templates)
                                         .letterModel(for: ReportFixture.letterUnit, ReportFixture.inputs))
        #expect(check.unknown == ["nmae", "unitNmae"])
    }

    @Test func readmeListsEveryKey() throws {
        let renderer = try ReportRenderer(templates: ReportFixture.templates)
        let inputs = ReportFixture.inputs
        let readme = try template("README.md")
        var labels = Set<String>()
        func collect(_ value: Any) {
            for child in Mirror(reflecting: value).children {
                if let label = child.label { labels.insert(label) }
                collect(child.value)
            }
        }
        collect(renderer.letterModel(for: ReportFixture.letterUnit, inputs))
        collect(renderer.letterModel(for: ReportFixture.noticeUnit, inputs))
        collect(try #require(renderer.noticeModel(inputs)))
        collect(renderer.summaryModel(ReportFixture.inputsWithReviews))
        collect(WithdrawalModel(ReportFixture.withdrawal, scoreAfter: "100.00", inputs: ReportFixture.inputsWithReviews))
        labels.remove("some")
        let missing = labels.filter { !readme.contains("`\($0)`") }
        #expect(missing.isEmpty, "Templates/README.md lacks: \(missing.sorted())")
    }

    func template(_ name: String) throws -> String {
        try String(contentsOf: ReportFixture.templates.appendingPathComponent(name), encoding: .utf8)
    }
}

/// Walks a template's tags the way swift-mustache resolves names (dotted names, context stack, `empty(x)`-style
/// transforms), against a model value, via `Mirror`.
enum KeyChecker {
    struct Result {
        var unknown: Set<String> = []
        var verified: Set<String> = []
    }

    struct Tag {
        var sigil: Character?
        var name: String
        /// `empty(x)`, `equalzero(x)`: a Bool, so the section keeps the context.
        var transformed = false
    }

    static func tags(_ text: String) -> [Tag] {
        var tags: [Tag] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else { break }
            var body = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            var sigil: Character?
            if let first = body.first, "#^/!".contains(first) {
                sigil = first
                body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            if sigil == "!" { continue }
            // `empty(systems)` → `systems`; `last()` (sequence context) → ``.
            var transformed = false
            if let paren = body.firstIndex(of: "("), body.hasSuffix(")") {
                body = String(body[body.index(after: paren)..<body.index(before: body.endIndex)])
                transformed = true
            }
            tags.append(Tag(sigil: sigil, name: body, transformed: transformed))
        }
        return tags
    }

    static func allKeys(_ text: String) -> Set<String> {
        Set(tags(text).filter { $0.sigil != "/" && !$0.name.isEmpty && $0.name != "." }.map(\.name))
    }

    /// One level of the context stack: the values a section body may render with (all elements of a list,
    /// none when the body would not render), or transparent (a Bool section does not change the context).
    enum Level {
        case values([Any])
        case transparent
    }

    static func check(_ text: String, model: Any?) -> Result {
        var result = Result()
        var stack: [Level] = [.values(model.map { [$0] } ?? [])]
        for tag in tags(text) {
            if tag.sigil == "/" {
                stack.removeLast()
                continue
            }
            var level = Level.transparent
            if !tag.name.isEmpty, tag.name != "." {
                switch resolve(tag.name, in: stack) {
                case .unreached:
                    level = .values([])
                case .missing:
                    result.unknown.insert(tag.name)
                    level = .values([])
                case .found(let values):
                    result.verified.insert(tag.name)
                    level = tag.transformed ? .transparent : sectionLevel(values)
                }
            }
            if tag.sigil == "#" {
                stack.append(level)
            } else if tag.sigil == "^" {
                // An inverted section renders only when the value is empty: the context stays as it is.
                stack.append(.transparent)
            }
        }
        return result
    }

    enum Lookup {
        case found([Any])
        case missing
        case unreached
    }

    static func resolve(_ name: String, in stack: [Level]) -> Lookup {
        let parts = name.split(separator: ".").map(String.init)
        for level in stack.reversed() {
            guard case .values(let alternatives) = level else { continue }
            if alternatives.isEmpty { return .unreached }
            var values = alternatives.compactMap { child(parts[0], of: $0) }
            if values.isEmpty { continue }
            for part in parts.dropFirst() {
                values = values.compactMap { child(part, of: $0) }
                if values.isEmpty { return .missing }
            }
            return .found(values)
        }
        return .missing
    }

    /// What a `{{#name}}` section renders its body with: every element of a list, the wrapped optional,
    /// the context unchanged for a Bool.
    static func sectionLevel(_ values: [Any]) -> Level {
        if values.allSatisfy({ $0 is Bool }) { return .transparent }
        return .values(values.flatMap(unwrap))
    }

    static func unwrap(_ value: Any) -> [Any] {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional: return mirror.children.first.map { unwrap($0.value) } ?? []
        case .collection: return mirror.children.map(\.value)
        default: return [value]
        }
    }

    static func child(_ name: String, of value: Any) -> Any? {
        Mirror(reflecting: value).children.first { $0.label == name }?.value
    }
}
