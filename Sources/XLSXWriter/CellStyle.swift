import CXLSXWriter

/// A `Format` already turned into its shared libxlsxwriter format by `Workbook.style(_:)`.
///
/// Writing many cells with one style spares looking the `Format` up by value for every cell. A style
/// belongs to the workbook that made it: any other workbook refuses it.
public struct CellStyle {
    let workbook: Workbook.Identity
    let lxw: UnsafeMutablePointer<lxw_format>?
}

extension Workbook {
    /// The style of cells written with `format` (nil or `.plain`: the default style).
    public func style(_ format: Format?) throws -> CellStyle {
        try ensureOpen("style")
        return CellStyle(workbook: identity, lxw: try lxwFormat(format))
    }

    /// The libxlsxwriter format behind `style`, once it is known to be one of this workbook's.
    func lxwFormat(_ style: CellStyle) throws -> UnsafeMutablePointer<lxw_format>? {
        guard style.workbook == identity else {
            throw XLSXError(code: nil, message: "the style belongs to another workbook", context: "style")
        }
        return style.lxw
    }
}
