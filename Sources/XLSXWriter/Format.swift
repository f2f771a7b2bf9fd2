import CXLSXWriter

/// How a cell looks: a value type the workbook turns into one shared libxlsxwriter format.
///
/// Build it with the chaining helpers (`.bold.filled(0xFFC7CE)`) and pass it to a `Worksheet` write;
/// the workbook creates each distinct style once.
public struct Format: Hashable, Sendable {
    /// Excel number format such as `0.00"‰"`, `0`, `yyyy-mm-dd hh:mm`.
    public var numberFormat: String?
    public var isBold = false
    /// Background fill, `0xRRGGBB`.
    public var fill: UInt32?
    /// Font colour, `0xRRGGBB`.
    public var fontColor: UInt32?
    public var wrapsText = false
    public var alignment: Alignment?
    public var hasBorder = false
    /// Font size in points; nil = the workbook's default (11).
    public var fontSize: Double?
    public var centeredVertically = false

    public enum Alignment: Hashable, Sendable { case left, center, right }

    public init(numberFormat: String? = nil) { self.numberFormat = numberFormat }

    /// The default cell style.
    public static let plain = Format()
    /// A bold, grey-filled, bordered header cell.
    public static let header = Format().bold.filled(0xD9E1F2).bordered

    public var bold: Format { var f = self; f.isBold = true; return f }
    public var bordered: Format { var f = self; f.hasBorder = true; return f }
    public var wrapped: Format { var f = self; f.wrapsText = true; return f }
    public func filled(_ color: UInt32) -> Format { var f = self; f.fill = color; return f }
    public func font(_ color: UInt32) -> Format { var f = self; f.fontColor = color; return f }
    public func aligned(_ alignment: Alignment) -> Format { var f = self; f.alignment = alignment; return f }
    public func numbers(_ format: String) -> Format { var f = self; f.numberFormat = format; return f }
    public func size(_ points: Double) -> Format { var f = self; f.fontSize = points; return f }
    public var middle: Format { var f = self; f.centeredVertically = true; return f }

    /// Applies this style to a fresh libxlsxwriter format.
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if let numberFormat { numberFormat.withCString { format_set_num_format(format, $0) } }
        if isBold { format_set_bold(format) }
        if let fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fill)
        }
        if let fontColor { format_set_font_color(format, fontColor) }
        if wrapsText { format_set_text_wrap(format) }
        if hasBorder { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let fontSize { format_set_font_size(format, fontSize) }
        if centeredVertically { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)) }
        switch alignment {
        case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        case nil: break
        }
    }
}
