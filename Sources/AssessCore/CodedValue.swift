/// An enum value of the input contract: a Chinese value and its English alias (inputs.md "enum").
///
/// Parsing accepts the Chinese value exactly, or the English alias case-insensitively.
public protocol CodedValue: CaseIterable, Hashable, Sendable {
    /// The Chinese value, as printed in outputs (`政府`).
    var chinese: String { get }
    /// The English alias, as used in codes and configuration (`government`).
    var code: String { get }
}

extension CodedValue {
    public init?(parsing text: String) {
        if let match = Self.allCases.first(where: { $0.chinese == text }) {
            self = match
            return
        }
        let lowered = text.lowercased()
        guard text.allSatisfy(\.isASCII),
              let match = Self.allCases.first(where: { $0.code == lowered }) else { return nil }
        self = match
    }

    /// `政府 government、…` for messages that list the accepted values.
    public static var acceptedValues: String {
        allCases.map { "\($0.chinese)（\($0.code)）" }.joined(separator: "、")
    }
}
