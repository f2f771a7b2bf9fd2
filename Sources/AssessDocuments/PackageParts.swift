import AssessCore

/// The parts of a `.docx` that are the same for every document of a run (the fonts come from the
/// configuration): content types, relationships, styles, settings and the two page-number footers.
/// `DocxWriter` zips them once per run and adds only `word/document.xml` per document.
enum PackageParts {
    /// Path and content of each constant part, in the order they are stored.
    static func all(fonts: DocumentFonts) -> [(String, String)] {
        [("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
         ("word/_rels/document.xml.rels", documentRelationships), ("word/styles.xml", StylesXML.xml(fonts: fonts)),
         ("word/settings.xml", settings), ("word/footer1.xml", footer(odd: true)),
         ("word/footer2.xml", footer(odd: false))]
    }

    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    static let contentTypes = declaration
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/word/document.xml" ContentType="\#(main).document.main+xml"/>"#
        + #"<Override PartName="/word/styles.xml" ContentType="\#(main).styles+xml"/>"#
        + #"<Override PartName="/word/settings.xml" ContentType="\#(main).settings+xml"/>"#
        + #"<Override PartName="/word/footer1.xml" ContentType="\#(main).footer+xml"/>"#
        + #"<Override PartName="/word/footer2.xml" ContentType="\#(main).footer+xml"/>"#
        + "</Types>"

    static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let packageRelationships = declaration + #"<Relationships xmlns="\#(relationshipsNamespace)">"#
        + #"<Relationship Id="rId1" Type="\#(officeRelationships)/officeDocument" Target="word/document.xml"/>"#
        + "</Relationships>"

    static let documentRelationships = declaration + #"<Relationships xmlns="\#(relationshipsNamespace)">"#
        + #"<Relationship Id="rIdStyles" Type="\#(officeRelationships)/styles" Target="styles.xml"/>"#
        + #"<Relationship Id="rIdSettings" Type="\#(officeRelationships)/settings" Target="settings.xml"/>"#
        + #"<Relationship Id="rIdFooterOdd" Type="\#(officeRelationships)/footer" Target="footer1.xml"/>"#
        + #"<Relationship Id="rIdFooterEven" Type="\#(officeRelationships)/footer" Target="footer2.xml"/>"#
        + "</Relationships>"

    /// Odd and even pages have their own footers (the page number on the outside edge); Chinese line breaking.
    static let settings = declaration + "<w:settings \(WordML.namespaces)>"
        + "<w:evenAndOddHeaders/><w:defaultTabStop w:val=\"\(PageLayout.characterWidth * 2)\"/>"
        + "<w:characterSpacingControl w:val=\"compressPunctuation\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" "
        + "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>"

    /// `— 1 —` in 四号: odd pages right with one character's space, even pages left.
    static func footer(odd: Bool) -> String {
        let space = PageLayout.characterWidth
        let placement = odd ? "<w:ind w:right=\"\(space)\"/><w:jc w:val=\"right\"/>" : "<w:ind w:left=\"\(space)\"/><w:jc w:val=\"left\"/>"
        let dash = "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
        let number = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        let closing = "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r>"
        return declaration + "<w:ftr \(WordML.namespaces)><w:p><w:pPr><w:pStyle w:val=\"PageNumber\"/>\(placement)</w:pPr>"
            + dash + number + closing + "</w:p></w:ftr>"
    }
}
