/// The four numbering levels of an official document's body (GB/T 9704-2012 §7.3.3): `一、`, `（一）`, `1.`,
/// `（1）`. The templates get them as values, so a reworded template keeps the levels right.
enum Numbering {
    /// `一、`.
    static func level1(_ n: Int) -> String { chinese(n) + "、" }
    /// `（一）`.
    static func level2(_ n: Int) -> String { "（" + chinese(n) + "）" }
    /// `1.`.
    static func level3(_ n: Int) -> String { "\(n)." }
    /// `（1）`.
    static func level4(_ n: Int) -> String { "（\(n)）" }

    /// Chinese numerals up to 99: 一 … 十, 十一, 二十一.
    static func chinese(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n > 0, n < 100 else { return "\(n)" }
        if n < 10 { return digits[n] }
        let tens = n / 10, ones = n % 10
        return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
    }
}
