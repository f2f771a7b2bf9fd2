import AssessCore
import Foundation

/// Reads an earlier quarter's scores.csv (`assess run --previous`): per unit, the printed score, the trigger codes
/// and the decision (rules.md "Decision"), and the letter numbers it shows (rules.md "Letters": numbering
/// continues after them). Same CSV dialect and encodings as every input; any bad row is fatal, because a wrong
/// previous result would silently change decisions: every row must be of exactly the expected quarter, and each
/// unit must appear once (rules.md "Where the previous quarter comes from").
public enum PreviousScoresFile {
    /// What the file holds.
    public struct Contents: Sendable {
        public var results: [String: PreviousResult]
        /// Every letter number in its `letter_no` column (empty cells skipped).
        public var letterNumbers: [LetterNumber]
    }

    static let schema = TableSchema(Column.self)

    /// The scores.csv columns this file needs, by name.
    enum Column: Int, TableColumn {
        case quarter, unitID, score, triggers, decision, letterNumber

        var spec: ColumnSpec {
            switch self {
            case .quarter: ColumnSpec("quarter", "季度", .required)
            case .unitID: ColumnSpec("unit_id", "单位编码", .required)
            case .score: ColumnSpec("score", "得分", .required)
            case .triggers: ColumnSpec("triggers", "触发情形", .required)
            case .decision: ColumnSpec("decision", "处理决定", .required)
            case .letterNumber: ColumnSpec("letter_no", "函号")
            }
        }
    }

    /// Reads `url`, which must hold the results of `quarter` (the quarter before the one being assessed).
    public static func read(_ url: URL, quarter: Quarter) throws -> Contents {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw InputError(file: url.path, message: "找不到上季度结果文件 \(url.path)：请检查 --previous 给出的路径（应为 \(quarter) 的 scores.csv）。")
        }
        guard !isFolder.boolValue else {
            throw InputError(file: url.path, message: "--previous \(url.path) 是一个文件夹：请给出其中的 scores.csv 文件，如 \(url.appendingPathComponent("scores.csv").path)。")
        }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw InputError(file: url.path, message: "没有读取上季度结果文件 \(url.path) 的权限：请检查该文件的权限。")
        }
        do {
            return try read(url, quarter: quarter, encoding: .utf8)
        } catch is DecodedFileStream.NotUTF8 {
            return try read(url, quarter: quarter, encoding: .gb18030)
        }
    }

    private static func read(_ url: URL, quarter: Quarter, encoding: InputFileReport.Encoding) throws -> Contents {
        let name = url.path
        let parser = CSVRecordParser(file: name, schema: schema)
        var contents = Contents(results: [:], letterNumbers: [])
        var lineOfUnit: [String: Int] = [:]
        var failure: InputError?
        do {
            _ = try DecodedFileStream(path: url.path, encoding: encoding).run(onChunk: { _ in }) { chunk, isFinal in
                try parser.consume(chunk, isFinal: isFinal) { record in
                    guard failure == nil else { return }
                    func fail(_ message: String) {
                        failure = InputError(file: name, message: "上季度结果文件 \(name) 第\(record.line)行：\(message)")
                    }
                    switch parse(record, quarter: quarter) {
                    case .failure(let message):
                        fail(message)
                    case .success(let row):
                        if let earlier = lineOfUnit[row.unit] {
                            fail("单位编码“\(row.unit)”重复（第\(earlier)行已有该单位）。每个单位只能有一行：请使用 assess run 生成的 scores.csv 原文件。")
                            return
                        }
                        lineOfUnit[row.unit] = record.line
                        contents.results[row.unit] = row.result
                        if let number = row.letter { contents.letterNumbers.append(number) }
                    }
                }
            }
        } catch let error as DecodedFileStream.Unreadable {
            throw InputError(file: name, message: "无法读取上季度结果文件 \(name)：\(error.reason)。请检查 --previous 给出的路径。")
        } catch let error as DecodedFileStream.Undecodable {
            throw InputError.undecodable(name, offset: error.offset)
        }
        if let failure { throw failure }
        if contents.results.isEmpty {
            throw InputError(file: name, message: "上季度结果文件 \(name) 中没有任何单位的结果：请使用 \(quarter) 的 assess run 生成的 scores.csv。")
        }
        return contents
    }

    private struct Row {
        var unit: String
        var result: PreviousResult
        var letter: LetterNumber?
    }

    private enum Parsed { case success(Row), failure(String) }

    private static func parse(_ record: RawRecord, quarter: Quarter) -> Parsed {
        if record.problem != nil { return .failure("字段个数与表头不符。") }
        func text(_ column: Column) -> String {
            if case .bytes(let b) = record.values[column.rawValue] { return ByteText.string(b) }
            return ""
        }
        let quarterText = text(.quarter), unit = text(.unitID), score = text(.score)
        let triggerText = text(.triggers), decisionText = text(.decision), letterText = text(.letterNumber)
        guard quarterText == quarter.description else {
            let shown = quarterText.isEmpty ? "为空" : "为 \(quarterText)"
            return .failure("季度\(shown)，但这里需要上一季度 \(quarter) 的结果。请改用 \(quarter) 的 scores.csv。")
        }
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
        var letter: LetterNumber?
        if !letterText.isEmpty {
            guard let number = LetterNumber(parsing: letterText) else {
                return .failure("函号“\(letterText)”无法识别（应如 昆网信函〔2026〕7号）。")
            }
            letter = number
        }
        return .success(Row(unit: unit, result: PreviousResult(printedScore: score, triggers: triggers,
                                                               decision: decision, letterNumber: letter?.description),
                            letter: letter))
    }
}
