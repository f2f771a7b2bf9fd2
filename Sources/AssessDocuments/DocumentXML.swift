/// `word/document.xml` of an official document: the parts of `OfficialDocument` in GB/T 9704-2012 order, in the
/// styles of `StylesXML` (pPr and rPr children in the schema's order, which Word insists on).
enum DocumentXML {
    static let red = "FF0000"

    /// The part's UTF-8 bytes, as the package stores them.
    static func bytes(_ document: OfficialDocument) -> [UInt8] {
        var out = XMLBytes()
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        out.append(markup: "<w:document \(WordML.namespaces) \(RecordXML.namespaces)>")
        out.append("<w:body>")
        header(document, to: &out)
        out.append(WordML.emptyLine)
        out.append(WordML.emptyLine)
        title(document.title, style: "DocTitle", to: &out)
        if let recipient = document.recipient {
            out.append(WordML.emptyLine)
            WordML.paragraph(recipient, style: "Flush", to: &out)
        }
        for item in document.body { block(item, to: &out) }
        if !document.attachmentNotes.isEmpty {
            out.append(WordML.emptyLine)
            for note in document.attachmentNotes { WordML.paragraph(note, to: &out) }
        }
        signature(document, to: &out)
        if let attachment = document.attachment {
            WordML.paragraph([TextRun(attachment.label)], style: "AttachmentLabel",
                             properties: "<w:pageBreakBefore/>", to: &out)
            out.append(WordML.emptyLine)
            if !attachment.title.isEmpty { title(attachment.title, style: "DocTitle", to: &out) }
            out.append(WordML.emptyLine)
            for item in attachment.body { block(item, to: &out) }
        }
        if let record = document.record { RecordXML.paragraph(record, to: &out) } else { out.append(WordML.emptyLine) }
        out.append(markup: sectionProperties)
        out.append("</w:body></w:document>")
        return out.bytes
    }

    /// The part as text (tests).
    static func xml(_ document: OfficialDocument) -> String { String(decoding: bytes(document), as: UTF8.self) }

    // MARK: - 版头

    /// 发文机关标志 in red; the letter's red double line and 发文字号 right, or the notice's 发文字号 centred
    /// above a red line.
    private static func header(_ document: OfficialDocument, to out: inout XMLBytes) {
        let size = PageLayout.markSize(for: document.mark)
        let markRun = "<w:color w:val=\"\(red)\"/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>"
        switch document.kind {
        case .letter:
            let line = WordML.border("bottom", style: "thickThinSmallGap", size: 24, space: 4, color: red)
            WordML.paragraph([TextRun(document.mark)], style: "Mark", properties: line, runProperties: markRun,
                             to: &out)
            if let number = document.number {
                WordML.paragraph([TextRun(number)], style: "DocNumber", properties: "<w:jc w:val=\"right\"/>",
                                 to: &out)
            }
        case .notice:
            WordML.paragraph([TextRun(document.mark)], style: "Mark", runProperties: markRun, to: &out)
            out.append(WordML.emptyLine)
            let line = WordML.border("bottom", style: "single", size: 12, space: 11, color: red)
            WordML.paragraph([TextRun(document.number ?? "")], style: "DocNumber",
                             properties: line + "<w:jc w:val=\"center\"/>", to: &out)
        }
    }

    /// A title in 二号 小标宋, centred, split into lines at word boundaries.
    private static func title(_ text: String, style: String, to out: inout XMLBytes) {
        WordML.paragraph(style: style, to: &out) { out in
            for (index, line) in TitleLines.split(text).enumerated() {
                if index > 0 { out.append("<w:r><w:br/></w:r>") }
                out.append("<w:r><w:t xml:space=\"preserve\">")
                out.append(text: line)
                out.append("</w:t></w:r>")
            }
        }
    }

    // MARK: - 正文

    private static func block(_ block: BodyBlock, to out: inout XMLBytes) {
        switch block {
        case .heading(1, let runs): WordML.paragraph(runs, style: "Heading1", to: &out)
        case .heading(_, let runs): WordML.paragraph(runs, style: "Heading2", to: &out)
        case .paragraph(let runs) where runs.isEmpty: out.append(WordML.emptyLine)
        case .paragraph(let runs): WordML.paragraph(runs, to: &out)
        case .table(let rows): TableXML.table(rows, to: &out)
        }
    }

    // MARK: - 署名, 成文日期, 附注

    /// Room for the seal, the signer centred over the date, the date four characters from the right margin
    /// (a signer longer than that stays flush right), then the 附注 indented two characters.
    private static func signature(_ document: OfficialDocument, to out: inout XMLBytes) {
        let dateWidth = TextWidth.characters(document.date)
        let signerWidth = TextWidth.characters(document.signer)
        let signerIndent = max(0, 4 + (dateWidth - signerWidth) / 2)
        func right(_ characters: Double) -> String {
            let hundredths = Int((characters * 100).rounded())
            let twips = Int((characters * Double(PageLayout.characterWidth)).rounded())
            return "<w:ind w:right=\"\(twips)\" w:rightChars=\"\(hundredths)\" w:firstLine=\"0\" w:firstLineChars=\"0\"/>"
                + "<w:jc w:val=\"right\"/>"
        }
        out.append("<w:p/><w:p/><w:p/>")
        WordML.paragraph([TextRun(document.signer)], style: "Signature", properties: right(signerIndent), to: &out)
        WordML.paragraph([TextRun(document.date)], style: "Signature", properties: right(4), to: &out)
        if let note = document.note { WordML.paragraph(note, to: &out) }
    }

    // MARK: - Page setup

    /// A4, the GB/T margins, odd and even footers with the page number, a grid of 22 lines. The 28 characters
    /// a line come from the body's character spacing (`StylesXML`), not from a character grid: LibreOffice
    /// lays a grid cell narrower than the 16 pt font out as two cells (14 characters a line).
    private static let sectionProperties: String =
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
