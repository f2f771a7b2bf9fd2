// Foundation's XMLParser over a whole worksheet XML (issue 19's "measure and write down your choice"):
// counts rows and cells and collects cell text like the table reader does, to compare time and memory with
// `assess validate` reading the same sheet. Build and run:
//   swiftc -O Benchmarks/xlsx/xmlparser_floor.swift -o /tmp/xmlparser_floor
//   unzip -p /tmp/assess-xlsx-bench/xlsx/posts.xlsx xl/worksheets/sheet1.xml > /tmp/posts-sheet.xml
//   /usr/bin/time -v /tmp/xmlparser_floor /tmp/posts-sheet.xml
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

final class Counter: NSObject, XMLParserDelegate {
    var rows = 0, cells = 0, textBytes = 0
    var inText = false
    var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "row": rows += 1
        case "c": cells += 1
        case "v", "t": inText = true; text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { text += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "v" || name == "t" { inText = false; textBytes += text.utf8.count }
    }
}

let start = Date()
guard CommandLine.arguments.count == 2, let data = FileManager.default.contents(atPath: CommandLine.arguments[1]) else {
    print("usage: xmlparser_floor SHEET.xml")
    exit(2)
}
let counter = Counter()
let parser = XMLParser(data: data)
parser.delegate = counter
let ok = parser.parse()
print("ok \(ok) rows \(counter.rows) cells \(counter.cells) text \(counter.textBytes) B in \(String(format: "%.2f", Date().timeIntervalSince(start))) s")
