/// A template compiled for our own renderer, which gives exactly what swift-mustache gives for the tags the
/// office's templates may use (values, sections, inverted sections, comments), without swift-mustache's
/// dynamic casts on every tag: a letter renders about ten times faster (docs/PERFORMANCE.md "Letters").
///
/// The parser follows swift-mustache's own step by step, including its rules for standalone tags and the
/// whitespace around them. It is built only from text swift-mustache has already accepted; anything outside
/// this subset makes `init` return nil, and the caller renders with swift-mustache instead. Differential
/// tests (`CompiledTemplateTests`) compare both renderers on the shipped templates and on random templates.
struct CompiledTemplate: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case value(Name)
        case section(Name, [Node])
        case invertedSection(Name, [Node])
    }

    /// A tag's name: `a.b` as its parts, with transforms such as `empty(list)`.
    struct Name: Sendable, Equatable {
        var text: String
        var transforms: [String]
        /// `text` split at the dots, empty parts left out (as swift-mustache does).
        var parts: [String]

        init(text: String, transforms: [String]) {
            self.text = text
            self.transforms = transforms
            parts = text.split(separator: ".").map(String.init)
        }
    }

    let nodes: [Node]

    /// Nil when `text` uses anything but values, sections, inverted sections and comments, or does not parse.
    init?(_ text: String) {
        var scanner = Scanner(Array(text))
        guard let nodes = try? Self.parse(&scanner, section: nil, newLine: true) else { return nil }
        self.nodes = nodes
    }

    private struct Unsupported: Error {}

    /// The characters of the template with a read position (swift-mustache's `Parser`, as far as used here).
    private struct Scanner {
        let characters: [Character]
        var position = 0

        init(_ characters: [Character]) { self.characters = characters }

        var atEnd: Bool { position == characters.count }
        /// The current character; NUL at the end.
        var current: Character { atEnd ? "\0" : characters[position] }

        @discardableResult
        mutating func read(while accept: (Character) -> Bool) -> String {
            let start = position
            while !atEnd, accept(characters[position]) { position += 1 }
            return String(characters[start..<position])
        }

        mutating func read(_ string: String) -> Bool {
            let wanted = Array(string)
            guard characters.count - position >= wanted.count else { return false }
            guard Array(characters[position..<position + wanted.count]) == wanted else { return false }
            position += wanted.count
            return true
        }
    }

    /// One level of the template, up to the closing tag of `section` (or the end when `section` is nil).
    private static func parse(_ scanner: inout Scanner, section: Name?, newLine startsOnNewLine: Bool) throws -> [Node] {
        var nodes: [Node] = []
        var newLine = startsOnNewLine
        var whiteSpaceBefore = ""
        func flushWhiteSpace() {
            if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
            whiteSpaceBefore = ""
        }
        while !scanner.atEnd {
            if newLine { whiteSpaceBefore = scanner.read { $0 == " " || $0 == "\t" } }
            let text = try readUntilTagOrNewline(&scanner)
            if scanner.current.isNewline {
                nodes.append(.text(whiteSpaceBefore + text + String(scanner.current)))
                newLine = true
                scanner.position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                newLine = false
            }
            if scanner.atEnd { break }
            var setNewLine = false
            switch scanner.current {
            case "#", "^":
                let inverted = scanner.current == "^"
                scanner.position += 1
                let name = try parseName(&scanner)
                if isStandalone(&scanner, newLine: newLine) { setNewLine = true } else { flushWhiteSpace() }
                let inner = try parse(&scanner, section: name, newLine: setNewLine)
                nodes.append(inverted ? .invertedSection(name, inner) : .section(name, inner))
            case "/":
                scanner.position += 1
                guard try parseName(&scanner) == section else { throw Unsupported() }
                if !isStandalone(&scanner, newLine: newLine) { flushWhiteSpace() }
                return nodes
            case "!":
                scanner.position += 1
                try skipComment(&scanner)
                setNewLine = isStandalone(&scanner, newLine: newLine)
            case "{", "&", ">", "<", "$", "=", "%":
                throw Unsupported()
            default:
                flushWhiteSpace()
                nodes.append(.value(try parseName(&scanner)))
            }
            newLine = setNewLine
        }
        guard section == nil else { throw Unsupported() }
        return nodes
    }

    /// Text up to a line break (left unread) or up to and including `{{`.
    private static func readUntilTagOrNewline(_ scanner: inout Scanner) throws -> String {
        var text = ""
        while !scanner.atEnd {
            text += scanner.read { $0 != "\n" && $0 != "\r\n" && $0 != "{" }
            if scanner.current.isNewline { break }
            if scanner.current == "{" {
                guard scanner.characters.count - scanner.position >= 2 else { throw Unsupported() }
                if scanner.read("{{") { break }
                text.append("{")
                scanner.position += 1
            }
        }
        return text
    }

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")

    /// `name }}` or `transform(name) }}`, nested transforms allowed.
    private static func parseName(_ scanner: inout Scanner) throws -> Name {
        scanner.read { $0.isWhitespace }
        let text = scanner.read { nameCharacters.contains($0) || $0 == "(" || $0 == ")" }
        scanner.read { $0.isWhitespace }
        guard scanner.read("}}") else { throw Unsupported() }
        var inner = Scanner(Array(text))
        var transforms = [inner.read { nameCharacters.contains($0) }]
        if inner.atEnd { return Name(text: text, transforms: []) }
        guard inner.read("(") else { throw Unsupported() }
        while true {
            let name = inner.read { nameCharacters.contains($0) }
            if inner.read("(") {
                transforms.append(name)
                continue
            }
            guard inner.read(")") else { throw Unsupported() }
            guard inner.read(while: { $0 == ")" }).count + 1 == transforms.count, inner.atEnd else { throw Unsupported() }
            return Name(text: name, transforms: transforms)
        }
    }

    private static func skipComment(_ scanner: inout Scanner) throws {
        while !scanner.atEnd {
            if scanner.read("}}") { return }
            scanner.position += 1
        }
        throw Unsupported()
    }

    /// A tag alone on its line: the rest of the line (blanks and the line break) is consumed.
    private static func isStandalone(_ scanner: inout Scanner, newLine: Bool) -> Bool {
        guard newLine else { return false }
        if scanner.atEnd { return true }
        var ahead = scanner
        ahead.read { $0 == " " || $0 == "\t" }
        guard ahead.current.isNewline else { return false }
        scanner.position = ahead.position + 1
        return true
    }
}
