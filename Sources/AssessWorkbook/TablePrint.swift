import XLSXWriter

/// How a table sheet reads on screen and prints (outputs.md "For people, on screen and on paper"): the
/// columns frozen beside the header row, the columns that print, and the paper chosen from the widths.
struct TablePrint: Sendable, Equatable {
    /// Columns kept in view when scrolling across (the row's subject: unit id and name, …).
    var frozenColumns = 0
    /// The columns that print (nil: all); the others stay on screen only.
    var printColumns: ClosedRange<Int>?

    init(frozenColumns: Int = 0, printColumns: ClosedRange<Int>? = nil) {
        self.frozenColumns = frozenColumns
        self.printColumns = printColumns
    }

    /// Frozen through the column headed `last` (a header of `headers`), printing `printing` (first and last
    /// header) when given: named, not numbered, so a column added elsewhere keeps them right.
    init(headers: [String], frozenThrough last: String?, printing: (String, String)? = nil) {
        frozenColumns = last.flatMap { headers.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        printColumns = printing.flatMap { first, last in
            guard let a = headers.firstIndex(of: first), let b = headers.firstIndex(of: last), a <= b else { return nil }
            return a...b
        }
    }

    /// Smallest print scale that keeps the default 11-point text at 8 points or more.
    static let minimumScale = 8.0 / 11.0

    /// Printable width in pixels (96 per inch) between 0.5-inch margins.
    static func printableWidth(paper: Paper, landscape: Bool) -> Double {
        let inches: Double = switch (paper, landscape) {
        case (.a4, false): 8.27
        case (.a4, true): 11.69
        case (.a3, false): 11.69
        case (.a3, true): 16.54
        }
        return (inches - 1.0) * 96
    }

    /// Pixels of a column `width` characters wide (Excel: 7 pixels a character plus 5 of padding).
    static func pixels(_ width: Double) -> Double { (width * 7 + 5).rounded(.down) }

    /// The smallest paper that prints `widths` one page wide at no less than `minimumScale` — A4 portrait,
    /// A4 landscape, then A3 landscape — and the pages across: one, or on A3 as many as keep the text readable
    /// with the first `repeated` columns (the row's subject) printed again on each.
    static func paper(for widths: [Double], repeated: Int = 0) -> (paper: Paper, landscape: Bool, pagesWide: Int) {
        let content = widths.reduce(0) { $0 + pixels($1) }
        for (paper, landscape) in [(Paper.a4, false), (.a4, true), (.a3, true)]
        where content * minimumScale <= printableWidth(paper: paper, landscape: landscape) {
            return (paper, landscape, 1)
        }
        let capacity = printableWidth(paper: .a3, landscape: true) / minimumScale
        let subject = widths.prefix(repeated).reduce(0) { $0 + pixels($1) }
        let rest = content - subject
        let perPage = max(capacity - subject, capacity / 2)
        return (.a3, true, max(1, Int((rest / perPage).rounded(.up))))
    }

    /// Scale at which `widths` print one page wide on `paper` (at most 1).
    static func scale(of widths: [Double], paper: Paper, landscape: Bool) -> Double {
        let content = widths.reduce(0) { $0 + pixels($1) }
        return min(1, printableWidth(paper: paper, landscape: landscape) / max(1, content))
    }

    /// The page header (the quarter's title left, the sheet right) and footer (page numbers) of every sheet.
    static func header(title: String, sheet: String) -> String {
        "&L\(PageSetup.literal(title))&R\(PageSetup.literal(sheet))"
    }

    static let footer = "&C第 &P 页，共 &N 页"
}
