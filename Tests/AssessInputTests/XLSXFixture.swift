import Foundation
import ZIPFoundation

/// A hand-made xlsx package: the worksheet's `sheetData` rows as XML, plus optional shared strings, styles,
/// more sheets and the 1904 date system — exactly the parts a test is about, nothing Excel would add.
struct XLSXFixture {
    var rows: String
    var sharedStrings: [String]? = nil
    /// `cellXfs` number format ids, by style index, and custom formats (id → code).
    var styleFormats: [Int] = [0]
    var customFormats: [Int: String] = [:]
    var otherSheets: [String] = []
    var date1904 = false
    /// Element prefix for the worksheet (`x:` as some exporters write), empty for the default namespace.
    var prefix = ""

    func parts() -> [(String, String)] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let sheetNames = ["数据"] + otherSheets
        var parts: [(String, String)] = []
        parts.append(("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#))
        parts.append(("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """))
        let sheets = sheetNames.enumerated().map { #"<sheet name="\#($1)" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"# }.joined()
        parts.append(("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="\(main)" xmlns:r="\(rel)"><workbookPr\(date1904 ? #" date1904="1""# : "")/><sheets>\(sheets)</sheets></workbook>
            """))
        var relationships = sheetNames.indices.map {
            #"<Relationship Id="rId\#($0 + 1)" Type="\#(rel)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
        }
        relationships.append(#"<Relationship Id="rIdS" Type="\#(rel)/styles" Target="styles.xml"/>"#)
        if sharedStrings != nil {
            relationships.append(#"<Relationship Id="rIdT" Type="\#(rel)/sharedStrings" Target="/xl/sharedStrings.xml"/>"#)
        }
        parts.append(("xl/_rels/workbook.xml.rels",
                      #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"# + relationships.joined() + "</Relationships>"))
        let custom = customFormats.sorted { $0.key < $1.key }
            .map { #"<numFmt numFmtId="\#($0.key)" formatCode="\#(Self.escaped($0.value))"/>"# }.joined()
        let xfs = styleFormats.map { #"<xf numFmtId="\#($0)" fontId="0" fillId="0" borderId="0" xfId="0"/>"# }.joined()
        parts.append(("xl/styles.xml", """
            <styleSheet xmlns="\(main)"><numFmts count="\(customFormats.count)">\(custom)</numFmts>\
            <cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs><cellXfs count="\(styleFormats.count)">\(xfs)</cellXfs></styleSheet>
            """))
        if let sharedStrings {
            let items = sharedStrings.map { "<si><t xml:space=\"preserve\">\(Self.escaped($0))</t></si>" }.joined()
            parts.append(("xl/sharedStrings.xml", #"<sst xmlns="\#(main)" count="\#(sharedStrings.count)">\#(items)</sst>"#))
        }
        let p = prefix
        let ns = p.isEmpty ? #"xmlns="\#(main)""# : #"xmlns:\#(p.dropLast())="\#(main)""#
        parts.append(("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?>\n<\(p)worksheet \(ns)><\(p)sheetData>\(rows)</\(p)sheetData></\(p)worksheet>"))
        for k in otherSheets.indices {
            parts.append(("xl/worksheets/sheet\(k + 2).xml", #"<worksheet xmlns="\#(main)"><sheetData/></worksheet>"#))
        }
        return parts
    }

    /// The package as bytes (deflated entries).
    func data() throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("assess-xlsx-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.zip(parts(), to: url)
        return try Data(contentsOf: url)
    }

    static func zip(_ parts: [(String, String)], to url: URL, compression: CompressionMethod = .deflate) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: Date(timeIntervalSince1970: 1_767_225_600), compressionMethod: compression) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    // MARK: - Cells

    /// An inline-string cell.
    static func text(_ ref: String, _ value: String) -> String {
        #"<c r="\#(ref)" t="inlineStr"><is><t>\#(escaped(value))</t></is></c>"#
    }

    static func number(_ ref: String, _ value: String, style: Int? = nil) -> String {
        #"<c r="\#(ref)"\#(style.map { #" s="\#($0)""# } ?? "")><v>\#(value)</v></c>"#
    }

    static func row(_ number: Int, _ cells: String...) -> String {
        #"<row r="\#(number)">\#(cells.joined())</row>"#
    }
}
