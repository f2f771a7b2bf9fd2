import AssessCore

/// `word/styles.xml`: the body style (仿宋 三号, two-character first-line indent, exact line pitch of the
/// 22-line grid) and one style per part of the document, with the configured fonts and Times New Roman for
/// numbers and Latin letters.
enum StylesXML {
    static func xml(fonts: DocumentFonts) -> String {
        let latin = WordML.escaped(fonts.latin)
        func fontsXML(_ eastAsia: String) -> String {
            "<w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:eastAsia=\"\(WordML.escaped(eastAsia))\" "
                + "w:cs=\"\(latin)\" w:hint=\"eastAsia\"/>"
        }
        let exact = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"\(PageLayout.linePitch)\" w:lineRule=\"exact\"/>"
        let noIndent = "<w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/>"
        let characterWidth = PageLayout.characterWidth
        func style(_ id: String, _ name: String, pPr: String = "", rPr: String = "", isDefault: Bool = false) -> String {
            "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"\(id)\">"
                + "<w:name w:val=\"\(name)\"/>" + (isDefault ? "" : "<w:basedOn w:val=\"Normal\"/>") + "<w:qFormat/>"
                + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>")
                + "</w:style>"
        }
        let size = { (halfPoints: Int) in "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>" }
        let styles = [
            style("Normal", "Normal",
                  pPr: "<w:widowControl/>" + exact
                    + "<w:ind w:firstLine=\"\(characterWidth * 2)\" w:firstLineChars=\"200\"/><w:jc w:val=\"both\"/>",
                  rPr: fontsXML(fonts.body) + "<w:spacing w:val=\"\(PageLayout.characterSpacing)\"/><w:kern w:val=\"0\"/>"
                    + size(PageLayout.bodySize), isDefault: true),
            style("Mark", "发文机关标志",
                  pPr: "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
                    + noIndent + "<w:jc w:val=\"center\"/>",
                  rPr: fontsXML(fonts.title) + "<w:color w:val=\"\(DocumentXML.red)\"/>"),
            style("DocNumber", "发文字号", pPr: noIndent),
            style("DocTitle", "标题", pPr: "<w:snapToGrid w:val=\"0\"/>"
                    + "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"\(PageLayout.titlePitch)\" w:lineRule=\"exact\"/>"
                    + noIndent + "<w:jc w:val=\"center\"/>",
                  rPr: fontsXML(fonts.title) + size(PageLayout.titleSize)),
            style("Flush", "主送机关", pPr: noIndent),
            style("Heading1", "一级标题", pPr: "<w:outlineLvl w:val=\"0\"/>", rPr: fontsXML(fonts.heading1)),
            style("Heading2", "二级标题", pPr: "<w:outlineLvl w:val=\"1\"/>", rPr: fontsXML(fonts.heading2)),
            style("Signature", "署名", pPr: noIndent + "<w:jc w:val=\"right\"/>"),
            style("AttachmentLabel", "附件标识", pPr: noIndent, rPr: fontsXML(fonts.heading1)),
            style("Record", "版记", pPr: noIndent + "<w:jc w:val=\"left\"/>", rPr: size(PageLayout.smallSize)),
            style("TableText", "表格", pPr: "<w:snapToGrid w:val=\"0\"/>"
                    + "<w:spacing w:before=\"40\" w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/>" + noIndent
                    + "<w:jc w:val=\"left\"/>",
                  rPr: size(PageLayout.tableSize)),
            style("PageNumber", "页码", pPr: "<w:snapToGrid w:val=\"0\"/>" + noIndent,
                  rPr: fontsXML("宋体") + size(PageLayout.smallSize)),
        ]
        return PackageParts.declaration + "<w:styles \(WordML.namespaces)>"
            + "<w:docDefaults><w:rPrDefault><w:rPr>" + fontsXML(fonts.body) + size(PageLayout.bodySize)
            + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr>" + exact + "</w:pPr></w:pPrDefault></w:docDefaults>"
            + styles.joined() + "</w:styles>"
    }
}
