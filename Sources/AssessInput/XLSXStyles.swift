/// The number format of every cell style (`styles.xml`: `numFmts` and `cellXfs`), reduced to what the table
/// reader needs: does a style show a number as a date, a date and time, or a number.
package struct XLSXStyles {
    /// By style index (a cell's `s`); styles past the end (or no styles part) show numbers as numbers.
    private(set) var formats: [XLSXNumberFormat] = []

    init() {}

    package init(formats: [XLSXNumberFormat]) { self.formats = formats }

    init(_ bytes: [UInt8]) {
        var custom: [Int: XLSXNumberFormat] = [:]
        var formatIDs: [Int] = []
        var inCellXfs = false
        bytes.withUnsafeBufferPointer { buffer in
            guard let p = buffer.baseAddress else { return }
            var i = 0
            while let event = try? XMLPullScanner.next(p, &i, buffer.count, isFinal: true) {
                switch event {
                case .start(let name, let attributes, let selfClosing):
                    if XMLPullScanner.isNamed(p, name, "numFmt"),
                       let id = XMLPullScanner.attribute(p, attributes, "numFmtId").flatMap({ Int(XMLText.string(p, $0)) }),
                       let code = XMLPullScanner.attribute(p, attributes, "formatCode") {
                        custom[id] = XLSXNumberFormat.custom(XMLText.string(p, code))
                    } else if XMLPullScanner.isNamed(p, name, "cellXfs") {
                        inCellXfs = !selfClosing
                    } else if inCellXfs, XMLPullScanner.isNamed(p, name, "xf") {
                        let id = XMLPullScanner.attribute(p, attributes, "numFmtId").flatMap { Int(XMLText.string(p, $0)) }
                        formatIDs.append(id ?? 0)
                    }
                case .end(let name):
                    if XMLPullScanner.isNamed(p, name, "cellXfs") { inCellXfs = false }
                case .text:
                    break
                }
            }
        }
        formats = formatIDs.map { custom[$0] ?? XLSXNumberFormat.builtIn($0) }
    }

    @inline(__always)
    func format(_ style: Int) -> XLSXNumberFormat {
        style >= 0 && style < formats.count ? formats[style] : .number
    }
}
