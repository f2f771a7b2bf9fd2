import Testing
@testable import XLSXWriter

@Suite struct ColumnWidthTests {
    @Test(arguments: [("abc", 3), ("单位名称", 8), ("昆网信函〔2026〕7号", 19), ("a\n单位", 4), ("", 0),
                      ("（全角）", 8)])
    func wideCharactersCountTwo(text: String, width: Int) {
        #expect(ColumnWidth.of(text) == width)
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

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (31, "AF"), (701, "ZZ"), (702, "AAA")])
    func columnNames(index: Int, name: String) {
        #expect(CellRange.columnName(index) == name)
    }
}
