/// GB/T 9704-2012 page geometry in twentieths of a point (twips): A4, margins 37/35/28/26 mm, a text area of
/// 156 × 225 mm holding 22 lines of 28 characters of 三号 (16 pt) body text.
enum PageLayout {
    static func twips(millimetres: Double) -> Int { Int((millimetres / 25.4 * 1440).rounded()) }

    static let pageWidth = 11906
    static let pageHeight = 16838
    static let top = twips(millimetres: 37)
    static let bottom = twips(millimetres: 35)
    static let left = twips(millimetres: 28)
    static let right = twips(millimetres: 26)
    /// 156 mm.
    static let textWidth = pageWidth - left - right
    /// 225 mm.
    static let textHeight = pageHeight - top - bottom
    static let linesPerPage = 22
    static let charactersPerLine = 28
    /// The body's line pitch, exact: 22 lines fill the text area.
    static let linePitch = textHeight / linesPerPage
    /// Body text: 三号 = 16 pt, in half-points.
    static let bodySize = 32
    /// Title: 二号 = 22 pt, on lines 35 pt apart.
    static let titleSize = 44
    static let titlePitch = 700
    /// Page numbers and 版记: 四号 = 14 pt.
    static let smallSize = 28
    /// Attachment tables: 小四 = 12 pt.
    static let tableSize = 24
    /// One body character in twips, as the character grid sets it (28 a line).
    static let characterWidth = textWidth / charactersPerLine
    /// Space added after each body character, in twips (negative: tighter), so that 28 characters of 16 pt fill
    /// the 156 mm line: 8844 / 28 = 315.9 twips a character against 320 for the font; -5 (-0.25 pt) leaves
    /// room for rounding.
    static var characterSpacing: Int {
        Int((Double(textWidth) / Double(charactersPerLine) - Double(bodySize) * 10).rounded(.down))
    }
    /// Footer distance from the page's bottom edge: the page number sits about 7 mm under the text area.
    static let footer = twips(millimetres: 35 - 7 - 5)
    /// The 发文机关标志: at most 小初-like 36 pt, smaller when the name is long, so it stays on one line.
    static func markSize(for mark: String) -> Int {
        let width = max(1, TextWidth.characters(mark))
        let points = min(36, Double(textWidth) / 20 / width)
        return max(22, Int(points * 2))
    }
}

/// Widths of text in body characters: a CJK character counts 1, an ASCII character (Times New Roman) half.
enum TextWidth {
    static func characters(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0.5 : 1) }
    }

    /// `characters(String(character))`, without making the string.
    static func character(_ character: Character) -> Double {
        character.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0.5 : 1) }
    }
}
