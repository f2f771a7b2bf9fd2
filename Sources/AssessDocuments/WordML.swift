/// Small builders of WordprocessingML text (ECMA-376 Part 1): escaped text, runs and paragraphs, appended to
/// the part being written (`XMLBytes`).
enum WordML {
    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
        + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    /// Text for an XML element: `&`, `<`, `>`, `"` escaped; characters XML 1.0 forbids (controls but tab and line
    /// feed, U+FFFE, U+FFFF) dropped.
    static func escaped(_ text: String) -> String {
        var out = XMLBytes(capacity: text.utf8.count + 16)
        out.append(text: text)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Appends `utf8` escaped. On UTF-8 bytes: every byte it looks for is ASCII or the lead of U+FFFE/U+FFFF
    /// (`EF BF BE`/`EF BF BF`), so full-width punctuation (`EF BC …`) keeps the fast path.
    static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard utf8.indices.contains(where: { needsWork(utf8, at: $0) }) else {
            out.append(contentsOf: utf8)
            return
        }
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x09, 0x0A: out.append(byte)
            case ..<0x20: break
            default:
                if isNonCharacter(utf8, at: index) {
                    index += 3
                    continue
                }
                out.append(byte)
            }
            index += 1
        }
    }

    private static func needsWork(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = utf8[index]
        return byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || isNonCharacter(utf8, at: index)
    }

    /// U+FFFE or U+FFFF starts at `index`.
    private static func isNonCharacter(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        utf8[index] == 0xEF && index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE
    }

    /// One run; `properties` are extra `w:rPr` children (bold is added from the run).
    static func run(_ run: TextRun, properties: String = "", to out: inout XMLBytes) {
        out.append("<w:r>")
        if run.bold || !properties.isEmpty {
            out.append("<w:rPr>")
            if run.bold { out.append("<w:b/><w:bCs/>") }
            out.append(markup: properties)
            out.append("</w:rPr>")
        }
        out.append("<w:t xml:space=\"preserve\">")
        out.append(text: run.text)
        out.append("</w:t></w:r>")
    }

    /// A paragraph of `style` (nil: the default body style) with extra `w:pPr` children.
    static func paragraph(_ runs: [TextRun], style: String? = nil, properties: String = "",
                          runProperties: String = "", to out: inout XMLBytes) {
        paragraph(style: style, properties: properties, to: &out) { out in
            for item in runs { run(item, properties: runProperties, to: &out) }
        }
    }

    /// A paragraph whose content `content` writes.
    static func paragraph(style: String? = nil, properties: String = "", to out: inout XMLBytes,
                          content: (inout XMLBytes) -> Void) {
        out.append("<w:p>")
        if style != nil || !properties.isEmpty {
            out.append("<w:pPr>")
            if let style {
                out.append("<w:pStyle w:val=\"")
                out.append(markup: style)
                out.append("\"/>")
            }
            out.append(markup: properties)
            out.append("</w:pPr>")
        }
        content(&out)
        out.append("</w:p>")
    }

    /// An empty line of body text (GB/T's 空一行).
    static let emptyLine: StaticString = "<w:p/>"

    /// A paragraph border: `side` is `top` or `bottom`, `size` in eighths of a point.
    static func border(_ side: String, style: String, size: Int, space: Int, color: String) -> String {
        "<w:pBdr><w:\(side) w:val=\"\(style)\" w:sz=\"\(size)\" w:space=\"\(space)\" w:color=\"\(color)\"/></w:pBdr>"
    }
}
