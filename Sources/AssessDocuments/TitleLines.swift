/// Splits a title into lines for 二号 type (20 characters a line) without breaking a word: the breaks
/// are taken only after `于`, `的`, `度`, `位`, `体` or before `网站`, `关于`, `存在`, `考核`, `整改`, and the lines are
/// kept as even as those places allow (GB/T 9704-2012 §7.3.1: 回行时要做到词意完整，排列对称).
enum TitleLines {
    static let perLine = 20.0
    private static let breakAfter: Set<Character> = ["于", "的", "度", "位", "体"]
    private static let breakBefore = ["网站", "关于", "存在", "考核", "整改"]

    static func split(_ title: String) -> [String] {
        guard TextWidth.characters(title) > perLine else { return [title] }
        let characters = Array(title)
        var best: (score: Double, lines: [String])?
        for cut in breaks(characters) {
            let head = String(characters[..<cut])
            guard TextWidth.characters(head) <= perLine else { continue }
            let tail = String(characters[cut...])
            let rest = split(tail)
            let lines = [head] + rest
            let widths = lines.map(TextWidth.characters)
            guard widths.allSatisfy({ $0 <= perLine }) else { continue }
            let score = (widths.max() ?? 0) - (widths.min() ?? 0) + Double(lines.count) * perLine
            if best == nil || score < best?.score ?? 0 { best = (score, lines) }
        }
        return best?.lines ?? [title]
    }

    private static func breaks(_ characters: [Character]) -> [Int] {
        var cuts: [Int] = []
        for index in 1..<characters.count {
            if breakAfter.contains(characters[index - 1]) { cuts.append(index); continue }
            let rest = String(characters[index...])
            if breakBefore.contains(where: { rest.hasPrefix($0) }) { cuts.append(index) }
        }
        return cuts
    }
}
