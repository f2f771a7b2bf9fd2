/// `word/document.xml` of an official document: the parts of `OfficialDocument` in GB/T 9704-2012 order, in the
/// styles of `StylesXML` (pPr and rPr children in the schema's order, which Word insists on).
enum DocumentXML {
    static let red = "FF0000"

    /// The part's UTF-8 bytes, as the package stores them.
    static func bytes(_ document: OfficialDocument) -> [UInt8] { Array(xml(document).utf8) }

    static func xml(_ document: OfficialDocument) -> String {
        var body: [String] = []
        body += header(document)
        body.append(WordML.emptyLine)
        body.append(WordML.emptyLine)
        body.append(title(document.title, style: "DocTitle"))
        if let recipient = document.recipient {
            body.append(WordML.emptyLine)
            body.append(WordML.paragraph(recipient, style: "Flush"))
        }
        body += document.body.map(block)
        if !document.attachmentNotes.isEmpty {
            body.append(WordML.emptyLine)
            body += document.attachmentNotes.map { WordML.paragraph($0) }
        }
        body += signature(document)
        if let attachment = document.attachment {
            body.append(WordML.paragraph([TextRun(attachment.label)], style: "AttachmentLabel",
                                         properties: "<w:pageBreakBefore/>"))
            body.append(WordML.emptyLine)
            if !attachment.title.isEmpty { body.append(title(attachment.title, style: "DocTitle")) }
            body.append(WordML.emptyLine)
            body += attachment.body.map(block)
        }
        body.append(document.record.map(RecordXML.paragraph) ?? WordML.emptyLine)
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + "<w:document \(WordML.namespaces) \(RecordXML.namespaces)><w:body>" + body.joined() + sectionProperties + "</w:body></w:document>"
    }

    // MARK: - 版头

    /// 发文机关标志 in red; the letter's red double line and 发文字号 right, or the notice's 发文字号 centred
    /// above a red line.
    private static func header(_ document: OfficialDocument) -> [String] {
        let size = PageLayout.markSize(for: document.mark)
        let markRun = "<w:color w:val=\"\(red)\"/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>"
        switch document.kind {
        case .letter:
            let line = WordML.border("bottom", style: "thickThinSmallGap", size: 24, space: 4, color: red)
            var lines = [WordML.paragraph([TextRun(document.mark)], style: "Mark", properties: line,
                                          runProperties: markRun)]
            if let number = document.number {
                lines.append(WordML.paragraph([TextRun(number)], style: "DocNumber",
                                              properties: "<w:jc w:val=\"right\"/>"))
            }
            return lines
        case .notice:
            var lines = [WordML.paragraph([TextRun(document.mark)], style: "Mark", runProperties: markRun),
                         WordML.emptyLine]
            let line = WordML.border("bottom", style: "single", size: 12, space: 11, color: red)
            lines.append(WordML.paragraph([TextRun(document.number ?? "")], style: "DocNumber",
                                          properties: line + "<w:jc w:val=\"center\"/>"))
            return lines
        }
    }

    /// A title in 二号 小标宋, centred, split into lines at word boundaries.
    private static func title(_ text: String, style: String) -> String {
        let lines = TitleLines.split(text)
        let content = lines.map { "<w:r><w:t xml:space=\"preserve\">\(WordML.escaped($0))</w:t></w:r>" }
            .joined(separator: "<w:r><w:br/></w:r>")
        return WordML.paragraph(content: content, style: style)
    }

    // MARK: - 正文

    private static func block(_ block: BodyBlock) -> String {
        switch block {
        case .heading(1, let runs): WordML.paragraph(runs, style: "Heading1")
        case .heading(_, let runs): WordML.paragraph(runs, style: "Heading2")
        case .paragraph(let runs): runs.isEmpty ? WordML.emptyLine : WordML.paragraph(runs)
        case .table(let rows): TableXML.table(rows)
        }
    }

    // MARK: - 署名, 成文日期, 附注

    /// Room for the seal, the signer centred over the date, the date four characters from the right margin
    /// (a signer longer than that stays flush right), then the 附注 indented two characters.
    private static func signature(_ document: OfficialDocument) -> [String] {
        let dateWidth = TextWidth.characters(document.date)
        let signerWidth = TextWidth.characters(document.signer)
        let signerIndent = max(0, 4 + (dateWidth - signerWidth) / 2)
        func right(_ characters: Double) -> String {
            let hundredths = Int((characters * 100).rounded())
            let twips = Int((characters * Double(PageLayout.characterWidth)).rounded())
            return "<w:ind w:right=\"\(twips)\" w:rightChars=\"\(hundredths)\" w:firstLine=\"0\" w:firstLineChars=\"0\"/>"
                + "<w:jc w:val=\"right\"/>"
        }
        var lines = [WordML.emptyLine, WordML.emptyLine, WordML.emptyLine]
        lines.append(WordML.paragraph([TextRun(document.signer)], style: "Signature", properties: right(signerIndent)))
        lines.append(WordML.paragraph([TextRun(document.date)], style: "Signature", properties: right(4)))
        if let note = document.note { lines.append(WordML.paragraph(note)) }
        return lines
    }

    // MARK: - Page setup

    /// A4, the GB/T margins, odd and even footers with the page number, a grid of 22 lines. The 28 characters
    /// a line come from the body's character spacing (`StylesXML`), not from a character grid: LibreOffice
    /// lays a grid cell narrower than the 16 pt font out as two cells (14 characters a line).
    private static var sectionProperties: String {
        "<w:sectPr>"
            + "<w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>"
            + "<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>"
            + "<w:pgSz w:w=\"\(PageLayout.pageWidth)\" w:h=\"\(PageLayout.pageHeight)\"/>"
            + "<w:pgMar w:top=\"\(PageLayout.top)\" w:right=\"\(PageLayout.right)\" w:bottom=\"\(PageLayout.bottom)\" "
            + "w:left=\"\(PageLayout.left)\" w:header=\"851\" w:footer=\"\(PageLayout.footer)\" w:gutter=\"0\"/>"
            + "<w:cols w:space=\"720\"/>"
            + "<w:docGrid w:type=\"lines\" w:linePitch=\"\(PageLayout.linePitch)\"/>"
            + "</w:sectPr>"
    }
}
