import AssessCore

import Foundation

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
    /// With `--strict`: every rejected row, to be listed before the message (inputs.md).
    public var rejects: [RejectedRow]

    public init(_ stage: Stage, _ message: String, rejects: [RejectedRow] = []) {
        self.stage = stage
        self.message = message
        self.rejects = rejects
    }

    public var description: String { "【\(stage.rawValue)】\(message)" }
}

extension PipelineError {
    /// Runs `body`, tagging any error it throws with `stage` (PipelineErrors pass through unchanged).
    public static func during<T>(_ stage: Stage, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError(stage, explain(error))
        }
    }

    /// The office's words for the file-system failures a run can meet (a full disk, no permission, a missing
    /// path, …), naming the path; no Foundation English reaches the user. Our own errors (Chinese) describe
    /// themselves.
    public static func explain(_ error: any Error) -> String {
        let ns = error as NSError
        let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError
        let posix = [ns, underlying].compactMap { $0 }.first { $0.domain == NSPOSIXErrorDomain }?.code
        let path = (ns.userInfo[NSFilePathErrorKey] as? String).map { "（\($0)）" } ?? ""
        let untouched = "之前的结果和台账未作改动。"
        if ns.domain == NSCocoaErrorDomain && ns.code == CocoaError.fileWriteOutOfSpace.rawValue || posix == Int(ENOSPC) {
            return "磁盘空间不足\(path)：请清理磁盘空间或用 --out 换一个输出目录后重新运行；\(untouched)"
        }
        let denied = [CocoaError.fileWriteNoPermission.rawValue, CocoaError.fileWriteVolumeReadOnly.rawValue]
        if ns.domain == NSCocoaErrorDomain && denied.contains(ns.code) || posix == Int(EACCES) || posix == Int(EROFS) {
            return "没有写入权限\(path)：请检查该文件夹的权限或用 --out 换一个输出目录后重新运行；\(untouched)"
        }
        let cocoa = ns.domain == NSCocoaErrorDomain ? ns.code : nil
        if cocoa == CocoaError.fileReadNoPermission.rawValue {
            return "没有读取权限\(path)：请检查该文件的权限。"
        }
        let missing = [CocoaError.fileNoSuchFile.rawValue, CocoaError.fileReadNoSuchFile.rawValue]
        if cocoa.map(missing.contains) == true || posix == Int(ENOENT) {
            return "找不到文件或文件夹\(path)：请检查路径是否写对。"
        }
        if cocoa == CocoaError.fileWriteFileExists.rawValue || posix == Int(EEXIST) {
            return "文件或文件夹已存在\(path)：请换一个名字，或先移走它。"
        }
        if posix == Int(ENOTDIR) { return "路径\(path)中有一段是文件而不是文件夹：请检查路径。" }
        if posix == Int(EISDIR) { return "\(path.isEmpty ? "该路径" : path)是文件夹，这里需要一个文件：请检查路径。" }
        if posix == Int(EXDEV) || posix == Int(EBUSY) {
            return "无法移动\(path)（跨磁盘或挂载点，或正被占用）：请换一个输出目录后重新运行；\(untouched)"
        }
        if posix == Int(ENAMETOOLONG) { return "路径太长\(path)：请换一个较短的路径。" }
        if ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain {
            return "文件操作失败\(path)（错误码 \(posix ?? ns.code)）：请检查路径、权限和磁盘空间后重试。"
        }
        return String(describing: error)
    }
}
