/// The shared string table (`sharedStrings.xml`), held in memory as one byte store plus offsets: cells refer to
/// it by index, in any order. Read streaming; rich-text runs are joined, phonetic runs (`rPh`) left out.
package final class XLSXSharedStrings {
    private let store = ByteBuffer(capacity: 1 << 16)
    /// Start of string k is `starts[k]`, its end `starts[k + 1]`.
    private var starts: [Int] = [0]

    var count: Int { starts.count - 1 }

    init() {}

    /// A table of the given strings (tests, fuzzing).
    package init(_ strings: [String]) {
        for string in strings {
            Array(string.utf8).withUnsafeBytes { store.append($0) }
            commit()
        }
    }

    /// Reads the part at `path` of `package` (absent part = no strings).
    init(package: XLSXPackage, path: String?) throws(InputError) {
        guard let path, let entry = package.entry(path) else { return }
        let buffer = ByteBuffer(capacity: XLSXPackage.chunkSize + 4096)
        var inItem = false, inText = false, inPhonetic = false
        func consume(isFinal: Bool) throws(XMLPullScanner.Truncated) {
            let p = UnsafePointer(buffer.base)
            var i = 0
            defer { buffer.discardFirst(i) }
            while let event = try XMLPullScanner.next(p, &i, buffer.count, isFinal: isFinal) {
                switch event {
                case .start(let name, _, let selfClosing):
                    if XMLPullScanner.isNamed(p, name, "si") {
                        inItem = true
                        if selfClosing { commit(); inItem = false }
                    } else if XMLPullScanner.isNamed(p, name, "rPh") {
                        inPhonetic = !selfClosing
                    } else if XMLPullScanner.isNamed(p, name, "t") {
                        inText = inItem && !inPhonetic && !selfClosing
                    }
                case .end(let name):
                    if XMLPullScanner.isNamed(p, name, "si") {
                        commit()
                        inItem = false
                    } else if XMLPullScanner.isNamed(p, name, "rPh") {
                        inPhonetic = false
                    } else if XMLPullScanner.isNamed(p, name, "t") {
                        inText = false
                    }
                case .text(let range, let cdata):
                    if inText { XMLText.decode(p, range, cdata: cdata, ooxmlEscapes: true, into: store) }
                }
            }
        }
        do {
            try package.stream(entry) { chunk in
                buffer.append(chunk)
                try consume(isFinal: false)
                if buffer.count > maxRecordBytes { throw XMLPullScanner.Truncated() }
            }
            try consume(isFinal: true)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError.xlsxUnreadable(package.file, problem: "共享字符串表 \(path) 已损坏或不完整")
        }
    }

    private func commit() { starts.append(store.count) }

    /// String `index` as bytes (valid until the table is released), nil when out of range.
    @inline(__always)
    func bytes(_ index: Int) -> UnsafeRawBufferPointer? {
        guard index >= 0, index < count else { return nil }
        return UnsafeRawBufferPointer(start: store.base + starts[index], count: starts[index + 1] - starts[index])
    }
}
