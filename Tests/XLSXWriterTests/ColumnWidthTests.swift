import Testing
@testable import XLSXWriter

@Suite struct ColumnWidthTests {
    @Test(arguments: [("abc", 3), ("单位名称", 8), ("昆网信函〔2026〕7号", 19), ("a\n单位", 4), ("", 0),
                      ("（全角）", 8)])
    func wideCharactersCountTwo(text: String, width: Int) {
        #expect(ColumnWidth.of(text) == width)
    }

    /// Every scalar of the Basic Multilingual Plane, the edges of the wide ranges above it and a sample between.
    static let scalarValues: [UInt32] = Array(0...0xFFFF) + Array(stride(from: 0x10000, through: 0x10FFFF, by: 251))
        + [0x1F2FF, 0x1F300, 0x1F64F, 0x1F650, 0x1F8FF, 0x1F900, 0x1F9FF, 0x1FA00, 0x1FFFF, 0x20000, 0x3FFFD, 0x3FFFE,
           0x10FFFF]

    /// The byte-level count gives exactly the scalar-level one: each scalar alone (1, 2 or 0 for a line break)…
    @Test func everyScalarCountsAsItsWidth() {
        for value in ColumnWidthTests.scalarValues {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar == "\n" ? 0 : (ColumnWidth.isWide(scalar) ? 2 : 1)
            if ColumnWidth.of(String(scalar)) != expected {
                Issue.record("U+\(String(value, radix: 16)) counted \(ColumnWidth.of(String(scalar))), not \(expected)")
            }
        }
    }

    /// … and mixed text of one-, two-, three- and four-byte characters across several lines.
    @Test(arguments: ["é中a😀\n𠀀ᄀ\u{115F}\u{1160}", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
                      "ab\n\n（一）整改\nx", "\n", "\u{0}单\u{0}"])
    func bytesAgreeWithScalars(text: String) {
        #expect(ColumnWidth.of(text) == ColumnWidth.scalarWidth(text))
    }

    @Test func fittingIsPaddedAndCapped() {
        #expect(ColumnWidth.fitting(1) == 6)
        #expect(ColumnWidth.fitting(10) == 12)
        #expect(ColumnWidth.fitting(500) == 60)
    }

    @Test func widthsKeepTheWidestPerColumn() {
        var widths = ColumnWidths()
        widths.note("单位", column: 2)
        widths.note("a", column: 2)
        widths.note("abc", column: 0)
        #expect(widths.widths == [3, 0, 4])
    }

    /// Text skipped because it has no more bytes than the column is wide leaves the same widths.
    @Test func shortTextIsSkippedWithoutChangingWidths() {
        let texts = ["abcdef", "单位", "单位名称", "a\n单位名称x", "é", "😀😀😀", "abcdefgh", "（全角）", "12345678901"]
        var widths = ColumnWidths()
        for text in texts { widths.note(text, column: 0) }
        #expect(widths.widths == [texts.map(ColumnWidth.of).max() ?? 0])
    }

    /// A limit caps every width noted, so the fitted widths are those without it whenever the fitting's maximum
    /// is reached at the limit.
    @Test func limitCapsWithoutChangingTheFittedWidth() {
        let texts = ["单位", String(repeating: "问题描述", count: 20), "abc", String(repeating: "x", count: 47), "更长的一段问题描述"]
        var limited = ColumnWidths(columns: 2, limit: 48)
        var unlimited = ColumnWidths(columns: 2)
        for (index, text) in texts.enumerated() {
            limited.note(text, column: index % 2)
            unlimited.note(text, column: index % 2)
        }
        limited.note(70, column: 1)
        unlimited.note(70, column: 1)
        #expect(limited.widths == [18, 48])
        #expect(unlimited.widths == [18, 160])
        #expect(limited.widths.map { ColumnWidth.fitting($0, maximum: 50) } == unlimited.widths.map { ColumnWidth.fitting($0, maximum: 50) })
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (31, "AF"), (701, "ZZ"), (702, "AAA")])
    func columnNames(index: Int, name: String) {
        #expect(CellRange.columnName(index) == name)
    }
}
