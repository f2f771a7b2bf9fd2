/// The 版记 (GB/T 9704-2012 §7.4): 抄送 and the 印发 line in a one-column table whose top and bottom lines
/// are thicker than the line between, in a text box anchored to the foot of the last page's text area.
///
/// A text box (DrawingML `wps:wsp`, bottom-aligned to the margin, text above and below only) because Word and
/// LibreOffice both place it there; LibreOffice 7.4 lays a floating table (`w:tblpPr`) or a framed paragraph
/// (`w:framePr`) out inline, right under the date.
enum RecordXML {
    static let namespaces = #"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#
        + #"xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" "#
        + #"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main""#
    /// English Metric Units per twip.
    static let emu = 635

    /// The anchoring paragraph with the text box.
    static func paragraph(_ record: Record, to out: inout XMLBytes) {
        let width = PageLayout.textWidth * emu
        let height = estimatedHeight(record) * emu
        let extent = "cx=\"\(width)\" cy=\"\(height)\""
        out.append(markup: "<w:p><w:pPr><w:pStyle w:val=\"Record\"/></w:pPr><w:r><w:drawing>"
            + "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"2\" "
            + "behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"0\"><wp:simplePos x=\"0\" y=\"0\"/>"
            + "<wp:positionH relativeFrom=\"margin\"><wp:align>center</wp:align></wp:positionH>"
            + "<wp:positionV relativeFrom=\"margin\"><wp:align>bottom</wp:align></wp:positionV>"
            + "<wp:extent \(extent)/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapTopAndBottom/>"
            + "<wp:docPr id=\"1\" name=\"版记\"/><wp:cNvGraphicFramePr/>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
            + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext \(extent)/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>"
            + "<wps:txbx><w:txbxContent>")
        table(record, to: &out)
        out.append(markup: "<w:p><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"20\" w:lineRule=\"exact\"/></w:pPr></w:p>"
            + "</w:txbxContent></wps:txbx>"
            + "<wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"b\">"
            + "<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>")
    }

    /// The rows: `抄送：…` indented one character, then 印发机关 left and 印发日期 right.
    static func table(_ record: Record, to out: inout XMLBytes) {
        let width = PageLayout.textWidth
        let indent = PageLayout.characterWidth
        out.append(markup: "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/>"
            + "<w:tblBorders><w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>"
            + "<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders>"
            + "<w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
            + "</w:tblPr><w:tblGrid><w:gridCol w:w=\"\(width)\"/></w:tblGrid>")
        if let copyTo = record.copyTo {
            // A second line starts under the first recipient, after `抄送：`.
            let label = copyTo.prefix { $0 != "：" }.count + 1
            let hanging = label * PageLayout.smallSize * 10
            row(to: &out) { out in
                WordML.paragraph([TextRun(copyTo)], style: "Record",
                                 properties: "<w:ind w:left=\"\(indent + hanging)\" w:right=\"\(indent)\" "
                                    + "w:hanging=\"\(hanging)\"/>", to: &out)
            }
        }
        if !record.printer.isEmpty || !record.printed.isEmpty {
            let tab = "<w:tabs><w:tab w:val=\"right\" w:pos=\"\(width - indent)\"/></w:tabs>"
            row(to: &out) { out in
                WordML.paragraph(style: "Record", properties: tab + "<w:ind w:left=\"\(indent)\"/>", to: &out) { out in
                    WordML.run(TextRun(record.printer), to: &out)
                    out.append("<w:r><w:tab/></w:r>")
                    WordML.run(TextRun(record.printed), to: &out)
                }
            }
        }
        out.append("</w:tbl>")
    }

    private static func row(to out: inout XMLBytes, paragraph: (inout XMLBytes) -> Void) {
        out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"")
        out.append(PageLayout.textWidth)
        out.append("\" w:type=\"dxa\"/></w:tcPr>")
        paragraph(&out)
        out.append("</w:tc></w:tr>")
    }

    /// The box's height in twips before the reader fits it to its text: a line pitch per line of 四号 text
    /// (29 characters a line inside the indents).
    static func estimatedHeight(_ record: Record) -> Int {
        let perLine = 29.0
        let texts = [record.copyTo, record.printer.isEmpty && record.printed.isEmpty ? nil : record.printer + "  " + record.printed]
        let lines = texts.compactMap { $0 }.map { max(1, Int((TextWidth.characters($0) / perLine).rounded(.up))) }
        return lines.reduce(0, +) * PageLayout.linePitch + 40
    }
}
