/// Tables of the body and the attachment: full text width, columns as wide as their text needs, the header
/// row bold and repeated on every page, 小四 仿宋 single-spaced.
enum TableXML {
    static func table(_ rows: [[[TextRun]]], to out: inout XMLBytes) {
        let columns = rows.map(\.count).max() ?? 0
        guard columns > 0 else { return }
        let widths = columnWidths(rows, columns: columns)
        out.append(markup: "<w:tbl><w:tblPr><w:tblW w:w=\"\(PageLayout.textWidth)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
            + "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
                "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            }.joined() + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>"
            + "</w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>")
        for (index, row) in rows.enumerated() {
            out.append(index == 0 ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            for column in 0..<columns {
                var runs = column < row.count ? row[column] : []
                if index == 0 { runs = runs.map { TextRun($0.text, bold: true) } }
                out.append("<w:tc><w:tcPr><w:tcW w:w=\"")
                out.append(widths[column])
                out.append("\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>")
                WordML.paragraph(runs, style: "TableText", properties: index == 0 ? "<w:jc w:val=\"center\"/>" : "",
                                 to: &out)
                out.append("</w:tc>")
            }
            out.append("</w:tr>")
        }
        out.append("</w:tbl>")
    }

    /// Each column's share of the text width, from its widest cell (between 2 and 14 characters).
    static func columnWidths(_ rows: [[[TextRun]]], columns: Int) -> [Int] {
        var natural = Array(repeating: 2.0, count: columns)
        for row in rows {
            for (column, cell) in row.enumerated() {
                natural[column] = max(natural[column], min(14, TextWidth.characters(cell.plainText) + 1))
            }
        }
        let total = natural.reduce(0, +)
        var widths = natural.map { Int(Double(PageLayout.textWidth) * $0 / total) }
        widths[columns - 1] += PageLayout.textWidth - widths.reduce(0, +)
        return widths
    }
}
