import Foundation

/// Makes LibreOffice's PDF the same bytes on every run: its creation time becomes the issue date (00:00), and
/// the document id and checksum, which LibreOffice derives from the clock, become a hash of the rest of the
/// file. Each value keeps its length, so the cross-reference offsets stay right.
enum PDFStamp {
    static func stamp(_ data: Data, issueDate: String) -> Data {
        guard var text = String(data: data, encoding: .isoLatin1) else { return data }
        text = replace(#"(/CreationDate\(D:)\d{14}"#, in: text) { _ in issueDate + "000000" }
        let blank = replace(#"(/ID \[ <|> ?\n?<|/DocChecksum /)[0-9A-F]{32}"#, in: text) { _ in String(repeating: "0", count: 32) }
        let digest = hash(Array(blank.utf8))
        text = replace(#"(/ID \[ <|> ?\n?<|/DocChecksum /)[0-9A-F]{32}"#, in: text) { _ in digest }
        return text.data(using: .isoLatin1) ?? data
    }

    /// Replaces what follows group 1 of each match of `pattern` (the match's length is kept by `value`).
    private static func replace(_ pattern: String, in text: String, value: (String) -> String) -> String {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return text }
        let ns = text as NSString
        var result = ""
        var last = 0
        for match in expression.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let prefix = match.range(at: 1)
            let valueStart = prefix.location + prefix.length
            result += ns.substring(with: NSRange(location: last, length: valueStart - last))
            let old = ns.substring(with: NSRange(location: valueStart, length: match.range.upperBound - valueStart))
            let new = value(old)
            result += new.count == old.count ? new : old
            last = match.range.upperBound
        }
        return result + ns.substring(from: last)
    }

    /// 32 hexadecimal digits: two FNV-1a hashes of the bytes.
    private static func hash(_ bytes: [UInt8]) -> String {
        func fnv(_ seed: UInt64) -> UInt64 {
            var h = seed
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return h
        }
        return [fnv(0xcbf2_9ce4_8422_2325), fnv(0x84222325_cbf29ce4)]
            .map { String($0, radix: 16, uppercase: true) }
            .map { String(repeating: "0", count: 16 - $0.count) + $0 }.joined()
    }
}
