/// `name_inconsistent` (Art. 8): a unit whose new-media accounts active during the quarter carry different
/// names across platforms, compared after `normalised(_:)`.
///
/// Websites are not compared (only new-media accounts). When one normalised name is carried by more accounts
/// than any other, it is the unit's name and only the accounts that differ from it get a line; otherwise
/// (a tie, e.g. every account named differently) every account gets a line. The line always prints the
/// names as registered.
public enum NameConsistencyCheck {
    /// Platform suffixes removed from the end of a name, longest first (after width folding and lowercasing).
    public static let platformSuffixes = [
        "微信公众号", "官方微博", "公众号", "抖音号", "头条号", "快手号", "视频号", "客户端", "微博", "官网", "网站", "app",
    ]

    /// Opening and closing brackets whose content is ignored (after width folding: `（）` are `()`).
    static let brackets: [Character: Character] = ["(": ")", "[": "]", "【": "】", "〔": "〕", "〖": "〗", "{": "}"]

    /// The name as compared:
    /// 1. full-width forms folded to half-width (U+FF01…U+FF5E → ASCII, U+3000 → space), the width part of NFKC;
    /// 2. ASCII letters lowercased (`APP` = `app`);
    /// 3. every whitespace removed;
    /// 4. bracketed parts removed with their content (`昆明学院（官方）` → `昆明学院`): `()` `[]` `{}` `【】`
    ///    `〔〕` `〖〗`, nested brackets included — a qualifier in brackets is not a different name;
    /// 5. platform suffixes (`platformSuffixes`) removed from the end, repeatedly (`石林风景区官方微博` →
    ///    `石林风景区`), never down to an empty name.
    public static func normalised(_ name: String) -> String {
        var folded = ""
        for scalar in name.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if value == 0x3000 { value = 0x20 }
            if (0x41...0x5A).contains(value) { value += 0x20 }
            folded.unicodeScalars.append(Unicode.Scalar(value) ?? scalar)
        }
        var result = ""
        var open: [Character] = []
        for character in folded where !character.isWhitespace {
            if let close = brackets[character] {
                open.append(close)
            } else if let expected = open.last, character == expected {
                open.removeLast()
            } else if open.isEmpty {
                result.append(character)
            }
        }
        if !open.isEmpty { result = folded.filter { !$0.isWhitespace } } // unbalanced: keep the brackets' content
        var stripped = true
        while stripped {
            stripped = false
            for suffix in platformSuffixes where result.hasSuffix(suffix) && result.count > suffix.count {
                result.removeLast(suffix.count)
                stripped = true
                break
            }
        }
        return result
    }

    /// The findings among `media`, the media of one unit.
    public static func findings(_ media: [ComplianceSubject], quarter: Quarter) -> [ComplianceFinding] {
        let accounts = media.filter { $0.isActive && $0.media.kind != .website }
        let names = accounts.map { normalised($0.media.name) }
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        guard counts.count > 1 else { return [] }
        let top = counts.values.max() ?? 0
        let leaders = counts.filter { $0.value == top }.map(\.key)
        let reference = leaders.count == 1 ? leaders.first : nil
        let all = accounts.map(\.label).joined(separator: "、")
        var out: [ComplianceFinding] = []
        for (subject, name) in zip(accounts, names) where name != reference {
            var detail = "本单位新媒体账号名称不一致：\(all)"
            if let reference {
                let sample = zip(accounts, names).first { $0.1 == reference }.map { $0.0.label } ?? reference
                detail += "；本账号与其他账号（如\(sample)）不同"
            }
            detail += "（比较时已忽略空格、全角半角、括号内的内容及“微信公众号”“官方微博”等平台后缀）；"
                + "依据《管理办法》第八条，同一单位各平台账号名称应保持一致，请规范名称并办理变更备案。"
            out.append(ComplianceFinding(quarter: quarter, unit: subject.unit, media: subject.media,
                                         check: .nameInconsistent, detail: detail))
        }
        return out
    }
}
