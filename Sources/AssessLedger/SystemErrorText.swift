#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An `errno` in the office's words (the C library's own text is English).
enum SystemErrorText {
    static func chinese(_ code: Int32) -> String {
        switch code {
        case ENOENT: "路径不存在"
        case EACCES, EPERM: "没有权限"
        case EROFS: "所在磁盘只读"
        case ENOSPC: "磁盘空间不足"
        case ENOTDIR: "路径中有一段是文件而不是文件夹"
        case EISDIR: "该路径是一个文件夹"
        case ENAMETOOLONG: "路径太长"
        default: "系统错误码 \(code)"
        }
    }
}
