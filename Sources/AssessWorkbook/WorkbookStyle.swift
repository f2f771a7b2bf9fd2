import AssessCore
import XLSXWriter

/// The workbook's shared cell styles and the conversions from core values to Excel values.
enum WorkbookStyle {
    static let header = Format.header
    /// A table's header cell, wrapping onto at most two lines (`headerRowHeight`).
    static let wrappedHeader = Format.header.wrapped.middle
    static let headerRowHeight = 30.0

    /// Width a wrapped header needs: half its text on each of two lines, a long one-word header whole.
    static func wrappedWidth(_ header: String) -> Int {
        let whole = ColumnWidth.of(header)
        return whole <= 8 ? whole : (whole + 3) / 2
    }
    static let dateTime = Format(numberFormat: "yyyy-mm-dd hh:mm")
    static let date = Format(numberFormat: "yyyy-mm-dd")
    /// Row highlight of a unit with a notice (red) or a letter (amber).
    static let noticeRow = Format().filled(0xFFC7CE).font(0x9C0006)
    static let letterRow = Format().filled(0xFFEB9C).font(0x9C5700)

    static func number(_ format: CellFormat) -> Format { Format(numberFormat: format.excelFormat) }

    /// Display width of formatted numbers and times, for column widths.
    static let dateTimeWidth = 16
    static let dateWidth = 10

    /// Widest a column may grow, in characters.
    static let maximumColumnWidth = 50.0
}

extension LocalDateTime {
    /// The same wall-clock time for Excel (China time, as office staff read it).
    var excel: DateTime {
        let c = day.components
        let s = secondOfDay
        return DateTime(year: c.year, month: c.month, day: c.day, hour: s / 3600, minute: s / 60 % 60, second: s % 60)
    }
}

extension Day {
    var excel: DateTime {
        let c = components
        return DateTime(year: c.year, month: c.month, day: c.day)
    }
}
