import AssessCore
import Foundation

/// How numbers, durations and lists are written in the reports.
enum Formatting {
    /// C's `%.2f`, never `-0.00` (`FixedPoint.format`, the one fixed-point formatting of every output).
    static func fixed2(_ value: Double) -> String { FixedPoint.format(value) }

    /// `96.50%`, or `—` when there is nothing to divide.
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "—" }
        return fixed2(Double(part) * 100 / Double(whole)) + "%"
    }

    /// `2026年7月3日 10:00:01`: a time with its seconds, where the minute alone would hide a lateness.
    static func withSeconds(_ time: LocalDateTime) -> String {
        let second = time.secondOfDay % 60
        return time.chinese + ":" + (second < 10 ? "0" : "") + "\(second)"
    }

    /// A duration in words, rounded up to the minute: `1天2小时5分钟`, `45分钟`; under a minute in seconds
    /// (`1秒`), so that a fix one second late does not read as a minute late.
    static func duration(seconds: Int64) -> String {
        if seconds > 0 && seconds < 60 { return "\(seconds)秒" }
        let minutes = (max(0, seconds) + 59) / 60
        let days = minutes / 1440, hours = minutes / 60 % 24, rest = minutes % 60
        var text = ""
        if days > 0 { text += "\(days)天" }
        if hours > 0 { text += "\(hours)小时" }
        if rest > 0 || text.isEmpty { text += "\(rest)分钟" }
        return text
    }

    /// `上升 1.20 分`, `下降 0.50 分`, `持平`: the difference of the two values as printed with `%.2f`,
    /// compared in hundredths like every score comparison (rules.md "Score").
    static func change(from old: Double, to new: Double, unit: String = "分") -> String {
        let delta = hundredths(new) - hundredths(old)
        if delta == 0 { return "持平" }
        let size = abs(delta)
        let printed = "\(size / 100).\(size % 100 < 10 ? "0" : "")\(size % 100)"
        return (delta > 0 ? "上升 " : "下降 ") + printed + " " + unit
    }

    /// `增加 2 家`, `减少 1 家`, `持平`.
    static func change(from old: Int, to new: Int, unit: String) -> String {
        if new == old { return "持平" }
        return (new > old ? "增加 " : "减少 ") + "\(abs(new - old)) \(unit)"
    }

    /// Chinese enumeration with the ideographic comma: `错误率高、长期不发布`.
    static func list(_ items: [String]) -> String { items.joined(separator: "、") }

    /// The integer hundredths of a score as printed with `%.2f` (rules.md "Score").
    static func hundredths(_ value: Double) -> Int { FixedPoint.hundredths(of: value) }
}
