/// A file name for an id that may contain anything (outputs.md: ids are encoded, never used as paths).
///
/// Plain ids (letters, digits, CJK and `-_.` without a leading dot, at most 100 bytes) are kept as they are;
/// any other id is percent-encoded byte by byte (`a/b` → `a%2Fb`), so distinct ids give distinct names
/// (an encoding longer than 200 bytes is cut and suffixed with a hash of the id).
public enum SafeFileName {
    public static func encode(_ id: String) -> String {
        if isPlain(id) { return id }
        var out = ""
        for byte in id.utf8 {
            if isSafeASCII(byte) && byte != UInt8(ascii: ".") {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        guard out.utf8.count > 200 else { return out }
        // Very long ids: a readable prefix and a hash of the whole id keep names short and distinct.
        return String(out.prefix(150)) + "~" + fnv1a(id)
    }

    /// 64-bit FNV-1a of the UTF-8 bytes, as hex (stable across runs and platforms).
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    static func isPlain(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 100, id.first != ".", !id.contains("%") else { return false }
        return id.unicodeScalars.allSatisfy { s in
            s.isASCII ? isSafeASCII(UInt8(s.value)) : (s.properties.isAlphabetic || s.properties.numericType != nil)
        }
    }

    static func isSafeASCII(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
    }
}
