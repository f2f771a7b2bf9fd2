import ArgumentParser
import AssessPipeline
import AssessSample
import Foundation

extension SampleScale: ExpressibleByArgument {}
extension SampleFormat: ExpressibleByArgument {}
extension SampleEncoding: ExpressibleByArgument {}

/// `assess sample`: a deterministic quarter of any size, for trying the tool and for benchmarks.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "生成一个季度的模拟导出数据（可复现），用于试用和性能测试。",
        discussion: """
        规模：city ≈ 1,500 个单位 / 5,000 个网站及新媒体；province ≈ 20,000 / 60,000；nation ≈ 150,000 / 450,000。
        每个媒体每天约一条巡查记录、一条发布记录，问题约为检查条数的 1%。边生成边写出，内存不随规模增长。
        例：assess sample --scale province --quarter 2026Q3 --out /tmp/province --seed 1
        """
    )

    @Option(help: "规模：city、province 或 nation。")
    var scale: SampleScale

    @Option(help: "季度，如 2026Q3。")
    var quarter: Quarter

    @Option(help: "输出目录。")
    var out: String

    @Option(help: "随机种子（同一种子生成完全相同的数据）。")
    var seed: UInt64 = 1

    @Option(help: "编码：utf8 或 gb18030。")
    var encoding: SampleEncoding = .utf8

    @Option(help: "格式：csv 或 jsonl。")
    var format: SampleFormat = .csv

    func validate() throws { try CommandLineValues.checkPath(out, option: "--out") }

    func run() throws {
        // Sample tables carry the real tables' names: never write them over an export (or anything else).
        let folder = URL(fileURLWithPath: out)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? ["?"]
            guard isFolder.boolValue, entries.isEmpty else {
                throw fail("--out \(folder.path) 已存在且不是空文件夹：模拟数据只写入新的或空的文件夹，以免覆盖真实的导出数据。请换一个新的文件夹名。未作任何改动。")
            }
        }
        let progress = Progress()
        progress.stage("生成模拟数据")
        let generator = SampleGenerator(scale: scale, quarter: quarter, seed: seed, encoding: encoding, format: format)
        let counts = try reportingErrors {
            try generator.write(to: URL(fileURLWithPath: out)) { done, total in
                progress.update("媒体 \(done) / \(total)")
            }
        }
        progress.finish()
        printOut(ConsoleTable(headers: ["表", "行数"], rows: counts.map { [$0.table, String($0.rows)] }).render())
    }
}
