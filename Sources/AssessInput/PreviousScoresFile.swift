import AssessCore
import Foundation

/// Reads an earlier quarter's scores.csv (`assess run --previous`): per unit, the printed score, the trigger codes
/// and the decision (rules.md "Decision"). Same CSV dialect and encodings as every input; any bad row is fatal,
/// because a wrong previous result would silently change decisions.
public enum PreviousScoresFile {
    static let schema = TableSchema([
        ColumnSpec("unit_id", "单位编码", .required),
        ColumnSpec("score", "得分", .required),
        ColumnSpec("triggers", "触发情形", .required),
        ColumnSpec("decision", "处理决定", .required),
        ColumnSpec("letter_no", "函号", .optional),
    ])

    public static func read(_ url: URL) throws -> [String: PreviousResult] {
        do {
            return try read(url, encoding: .utf8)
        } catch is DecodedFileStream.NotUTF8 {
            return try read(url, encoding: .gb18030)
        }
    }

    private static func read(_ url: URL, encoding: InputFileReport.Encoding) throws -> [String: PreviousResult] {
        let name = url.lastPathComponent
        let parser = CSVRecordParser(file: name, schema: schema)
        var results: [String: PreviousResult] = [:]
        var failure: InputError?
        do {
            _ = try DecodedFileStream(path: url.path, encoding: encoding).run(onChunk: { _ in }) { chunk, isFinal in
                try parser.consume(chunk, isFinal: isFinal) { record in
                    guard failure == nil else { return }
                    switch parse(record) {
                    case .success(let (unit, result)): results[unit] = results[unit] ?? result
                    case .failure(let message): failure = InputError(file: name, message: "\(name) 第\(record.line)行：\(message)")
                    }
                }
            }
        } catch let error as DecodedFileStream.Unreadable {
            throw InputError.unreadable(name, reason: error.reason)
        } catch let error as DecodedFileStream.Undecodable {
            throw InputError.undecodable(name, offset: error.offset)
        }
        if let failure { throw failure }
        return results
    }

    private enum Row { case success((String, PreviousResult)), failure(String) }

    private static func parse(_ record: RawRecord) -> Row {
        if record.problem != nil { return .failure("字段个数与表头不符。") }
        func text(_ i: Int) -> String {
            if case .bytes(let b) = record.values[i] { return ByteText.string(b) }
            return ""
        }
        let unit = text(0), score = text(1), triggerText = text(2), decisionText = text(3)
        let letterNumber = record.values.count > 4 ? text(4) : ""
        guard !unit.isEmpty else { return .failure("单位编码为空。") }
        guard FixedPoint.hundredths(score) != nil else { return .failure("得分“\(score)”不是数字（应如 87.50）。") }
        guard let decision = Decision(parsing: decisionText) else {
            return .failure("处理决定“\(decisionText)”无法识别（应为 none、letter 或 notice）。")
        }
        var triggers: [Trigger] = []
        for code in triggerText.split(separator: ";") {
            guard let trigger = Trigger(parsing: String(code)) else {
                return .failure("触发情形“\(code)”无法识别（应为 \(Trigger.allCases.map(\.code).joined(separator: "、"))）。")
            }
            triggers.append(trigger)
        }
        return .success((unit, PreviousResult(printedScore: score, triggers: triggers, decision: decision,
                                                  letterNumber: letterNumber.isEmpty ? nil : letterNumber)))
    }
}
