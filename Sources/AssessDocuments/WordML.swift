/// Small builders of WordprocessingML text (ECMA-376 Part 1): escaped text, runs and paragraphs.
enum WordML {
    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
        + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    /// Text for an XML element: `&`, `<`, `>` escaped; characters XML 1.0 forbids dropped.
    static func escaped(_ text: String) -> String {
        // Most text needs nothing: checked on its bytes first.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One run; `properties` are extra `w:rPr` children (bold is added from the run).
    static func run(_ run: TextRun, properties: String = "") -> String {
        let rPr = (run.bold ? "<w:b/><w:bCs/>" : "") + properties
        return "<w:r>" + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>")
            + "<w:t xml:space=\"preserve\">\(escaped(run.text))</w:t></w:r>"
    }

    /// A paragraph of `style` (nil: the default body style) with extra `w:pPr` children.
    static func paragraph(_ runs: [TextRun], style: String? = nil, properties: String = "",
                          runProperties: String = "") -> String {
        paragraph(content: runs.map { run($0, properties: runProperties) }.joined(), style: style,
                  properties: properties)
    }

    static func paragraph(content: String, style: String? = nil, properties: String = "") -> String {
        let pPr = (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "") + properties
        return "<w:p>" + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + content + "</w:p>"
    }

    /// An empty line of body text (GB/T's 空一行).
    static let emptyLine = "<w:p/>"

    /// A paragraph border: `side` is `top` or `bottom`, `size` in eighths of a point.
    static func border(_ side: String, style: String, size: Int, space: Int, color: String) -> String {
        "<w:pBdr><w:\(side) w:val=\"\(style)\" w:sz=\"\(size)\" w:space=\"\(space)\" w:color=\"\(color)\"/></w:pBdr>"
    }
}
