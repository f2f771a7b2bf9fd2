import CXLSXWriter

/// A libxlsxwriter failure, or a misuse the wrapper catches before libxlsxwriter would.
public struct XLSXError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The `lxw_error` number, or nil for an error the wrapper raised itself.
    public var code: Int32?
    /// libxlsxwriter's own message (`lxw_strerror`), or the wrapper's.
    public var message: String
    /// What the wrapper was doing (`worksheet_write_string at row 3, column 2`).
    public var context: String

    public init(code: Int32?, message: String, context: String) {
        self.code = code
        self.message = message
        self.context = context
    }

    public var description: String { "\(context): \(message)" }

    /// An error from an `lxw_error` return code.
    init(_ error: lxw_error, context: String) {
        let text = lxw_strerror(error).map { String(cString: $0) } ?? "libxlsxwriter error \(error.rawValue)"
        self.init(code: Int32(bitPattern: error.rawValue), message: text, context: context)
    }
}

/// Throws when a libxlsxwriter call did not return `LXW_NO_ERROR`.
@inline(__always)
func check(_ result: lxw_error, _ context: @autoclosure () -> String) throws {
    guard result == LXW_NO_ERROR else { throw XLSXError(result, context: context()) }
}
