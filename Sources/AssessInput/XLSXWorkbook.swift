/// The workbook part of an xlsx package: its sheets in order, the date system, and where the first sheet,
/// the shared strings and the styles are (through the package and workbook relationships).
struct XLSXWorkbook {
    struct Sheet {
        var name: String
        var relationship: String
    }

    /// Package path of the first worksheet (the table).
    var firstSheetPath: String
    var firstSheetName: String
    /// Names of the other sheets (ignored, with a warning).
    var otherSheets: [String]
    /// `workbookPr date1904="1"`: serials count from 1904-01-01.
    var date1904: Bool
    var sharedStringsPath: String?
    var stylesPath: String?

    init(package: XLSXPackage) throws(InputError) {
        let file = package.file
        let workbookPath = try Self.officeDocument(package) ?? "xl/workbook.xml"
        guard let workbook = try package.read(workbookPath) else {
            throw InputError.xlsxUnreadable(file, problem: "缺少工作簿部件 \(workbookPath)")
        }
        var sheets: [Sheet] = []
        var date1904 = false
        Self.scan(workbook) { p, name, attributes in
            if XMLPullScanner.isNamed(p, name, "sheet") {
                let sheetName = XMLPullScanner.attribute(p, attributes, "name").map { XMLText.string(p, $0) } ?? ""
                if let id = XMLPullScanner.prefixedAttribute(p, attributes, local: "id") {
                    sheets.append(Sheet(name: sheetName, relationship: XMLText.string(p, id)))
                }
            } else if XMLPullScanner.isNamed(p, name, "workbookPr"),
                      let value = XMLPullScanner.attribute(p, attributes, "date1904") {
                let text = XMLText.string(p, value).lowercased()
                date1904 = text == "1" || text == "true"
            }
        }
        guard let first = sheets.first else { throw InputError.xlsxUnreadable(file, problem: "工作簿中没有工作表") }
        let directory = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relationshipsPath = (directory.isEmpty ? "" : directory + "/") + "_rels/"
            + (workbookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        let relationships = try Self.relationships(package, relationshipsPath, base: directory)
        guard let sheetPath = relationships.byID[first.relationship], package.entry(sheetPath) != nil else {
            throw InputError.xlsxUnreadable(file, problem: "找不到第一个工作表“\(first.name)”的内容")
        }
        firstSheetPath = sheetPath
        firstSheetName = first.name
        otherSheets = sheets.dropFirst().map(\.name)
        self.date1904 = date1904
        sharedStringsPath = relationships.byType["sharedStrings"]
            ?? (package.entry(directory + "/sharedStrings.xml") != nil ? directory + "/sharedStrings.xml" : nil)
        stylesPath = relationships.byType["styles"]
            ?? (package.entry(directory + "/styles.xml") != nil ? directory + "/styles.xml" : nil)
    }

    /// The target of the package's `officeDocument` relationship (`_rels/.rels`).
    private static func officeDocument(_ package: XLSXPackage) throws(InputError) -> String? {
        try relationships(package, "_rels/.rels", base: "").byType["officeDocument"]
    }

    /// Relationship targets by id and by the last segment of their type, resolved against `base`.
    private static func relationships(_ package: XLSXPackage, _ path: String,
                                      base: String) throws(InputError) -> (byID: [String: String], byType: [String: String]) {
        var byID: [String: String] = [:], byType: [String: String] = [:]
        guard let bytes = try package.read(path) else { return (byID, byType) }
        scan(bytes) { p, name, attributes in
            guard XMLPullScanner.isNamed(p, name, "Relationship"),
                  let id = XMLPullScanner.attribute(p, attributes, "Id"),
                  let target = XMLPullScanner.attribute(p, attributes, "Target") else { return }
            if let mode = XMLPullScanner.attribute(p, attributes, "TargetMode"), XMLText.string(p, mode) == "External" { return }
            let targetText = XMLText.string(p, target)
            let resolved = XLSXPackage.normalized(targetText.hasPrefix("/") ? targetText : base + "/" + targetText)
            byID[XMLText.string(p, id)] = resolved
            if let type = XMLPullScanner.attribute(p, attributes, "Type") {
                let kind = XMLText.string(p, type).split(separator: "/").last.map(String.init) ?? ""
                if byType[kind] == nil { byType[kind] = resolved }
            }
        }
        return (byID, byType)
    }

    /// Calls `body` for every start tag of a small document (malformed tails are ignored: what was found counts).
    static func scan(_ bytes: [UInt8], _ body: (UnsafePointer<UInt8>, Range<Int>, Range<Int>) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let p = buffer.baseAddress else { return }
            var i = 0
            while let event = try? XMLPullScanner.next(p, &i, buffer.count, isFinal: true) {
                if case .start(let name, let attributes, _) = event { body(p, name, attributes) }
            }
        }
    }
}
