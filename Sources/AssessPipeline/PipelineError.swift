/// A failure that stops a run, tagged with the stage that raised it; the message is for the office (Chinese).
public struct PipelineError: Error, CustomStringConvertible, Sendable {
    public enum Stage: String, Sendable {
        case configuration = "配置"
        case calendar = "日历"
        case ledger = "台账"
        case input = "读取数据"
        case previous = "上季度结果"
        case outputs = "写出结果"
        case workbook = "工作簿"
        case reports = "函件"
    }

    public var stage: Stage
    public var message: String

    public init(_ stage: Stage, _ message: String) {
        self.stage = stage
        self.message = message
    }

    public var description: String { "【\(stage.rawValue)】\(message)" }
}

extension PipelineError {
    /// Runs `body`, tagging any error it throws with `stage` (PipelineErrors pass through unchanged).
    static func during<T>(_ stage: Stage, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError(stage, String(describing: error))
        }
    }
}
