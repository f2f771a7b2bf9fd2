/// Splits a title into lines for 二号 type (20 characters a line) without breaking a word: the breaks
/// are taken only after `于`, `的`, `度`, `位`, `体` or before `网站`, `关于`, `存在`, `考核`, `整改`, as few lines
/// as those places allow, as even as possible (GB/T 9704-2012 §7.3.1: 回行时要做到词意完整，排列对称).
/// A title with no such split is one paragraph that the reader's word processor wraps.
///
/// Each letter's title passes here (20,000 at province size), so characters are compared as scalars where that
/// is certain to give the same answer (`isCharacter`), and widths are summed without a `String` per character.
enum TitleLines {
    static let perLine = 20.0
    private static let breakAfter = "于的度位体".map(Wanted.init)
    private static let breakBefore = ["网站", "关于", "存在", "考核", "整改"].map { $0.map(Wanted.init) }

    /// A break character and its one scalar.
    private struct Wanted {
        let character: Character
        let scalar: Unicode.Scalar?
        init(_ character: Character) {
            self.character = character
            scalar = character.unicodeScalars.first
        }
    }

    static func split(_ title: String) -> [String] {
        let characters = Array(title)
        guard TextWidth.characters(title) > perLine, characters.count < 400 else { return [title] }
        // Cut positions, with the start and the end; widths of every prefix.
        let cuts = [0] + breaks(characters) + [characters.count]
        var prefix = [0.0]
        prefix.reserveCapacity(characters.count + 1)
        for character in characters { prefix.append(prefix[prefix.count - 1] + TextWidth.character(character)) }
        let width = { (a: Int, b: Int) in prefix[b] - prefix[a] }
        // best[i]: the fewest lines, then the least squared slack, for the text from cuts[i] to the end.
        var best: [(lines: Int, cost: Double, next: Int)?] = Array(repeating: nil, count: cuts.count)
        best[cuts.count - 1] = (0, 0, -1)
        for i in stride(from: cuts.count - 2, through: 0, by: -1) {
            for j in (i + 1)..<cuts.count {
                let w = width(cuts[i], cuts[j])
                if w > perLine { break }
                guard let rest = best[j] else { continue }
                let candidate = (lines: rest.lines + 1, cost: rest.cost + (perLine - w) * (perLine - w), next: j)
                if let current = best[i],
                   (current.lines, current.cost) <= (candidate.lines, candidate.cost) { continue }
                best[i] = candidate
            }
        }
        guard best[0] != nil else { return [title] }
        var lines: [String] = []
        var i = 0
        while let step = best[i], step.next >= 0 {
            lines.append(String(characters[cuts[i]..<cuts[step.next]]))
            i = step.next
        }
        return lines
    }

    /// Where a title's lines may end: after a break character, before a break word.
    static func breaks(_ characters: [Character]) -> [Int] {
        guard characters.count > 1 else { return [] }
        let scalars = characters.map(singleScalar)
        let matches = { (index: Int, wanted: Wanted) in
            isCharacter(characters[index], scalars[index], wanted.character, wanted.scalar)
        }
        var cuts: [Int] = []
        for index in 1..<characters.count {
            if breakAfter.contains(where: { matches(index - 1, $0) }) { cuts.append(index); continue }
            if breakBefore.contains(where: { word in
                index + word.count <= characters.count && word.indices.allSatisfy { matches(index + $0, word[$0]) }
            }) { cuts.append(index) }
        }
        return cuts
    }

    /// The character's scalar when it has exactly one.
    private static func singleScalar(_ character: Character) -> Unicode.Scalar? {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first
    }

    /// `character == wanted` for a `wanted` of one CJK scalar (`wantedScalar`), without normalizing in the common
    /// case: a single scalar (`scalar`) equals it only if it is that scalar, unless it is a CJK compatibility ideograph (their
    /// canonical decompositions are unified ideographs), which is compared as a `Character`, as is anything longer.
    private static func isCharacter(_ character: Character, _ scalar: Unicode.Scalar?, _ wanted: Character,
                                    _ wantedScalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return character == wanted }
        if scalar == wantedScalar { return true }
        let compatibility = (0xF900...0xFAFF).contains(scalar.value) || (0x2F800...0x2FA1F).contains(scalar.value)
        return compatibility && character == wanted
    }
}
