/// An XML part being written: UTF-8 bytes appended in place.
///
/// `word/document.xml` is written once per letter (20,000 at province size); joining a `String` per element
/// cost more than the rest of the document (docs/PERFORMANCE.md "The Word document of a letter"), so every
/// builder appends to one buffer instead.
struct XMLBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 16_384) { bytes.reserveCapacity(capacity) }

    /// Markup written as it stands.
    mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Markup made at run time (attribute values with numbers): written as it stands, not escaped.
    mutating func append(markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    mutating func append(_ number: Int) {
        append(markup: String(number))
    }

    /// Text for an element or attribute, escaped as `WordML.escaped` does.
    mutating func append(text: String) {
        var text = text
        text.makeContiguousUTF8()
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { WordML.appendEscaped($0, to: &bytes) }
        if done == nil { Array(text.utf8).withUnsafeBufferPointer { WordML.appendEscaped($0, to: &bytes) } }
    }
}
