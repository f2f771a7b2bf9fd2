import AssessCore
import Foundation
@testable import AssessInput

/// A temporary data directory holding a small valid quarter; tests replace or add files as needed.
struct DataDirectory {
    let url: URL

    static let units = """
        unit_id,name,category,region
        U1,五华区政府办,政府,五华区
        U2,市教育局,government,市级

        """
    static let media = """
        media_id,unit_id,kind,name,status,opened_on,closed_on
        M1,U1,网站,五华区政府网,运行,2020-01-01,
        M2,U2,微信,昆明教育,运行,,

        """
    static let findings = """
        finding_id,media_id,detected_at,category,severity,notified_at,fixed_at
        F1,M1,2026-07-01 09:00,错别字,一般,2026-07-01 09:10,2026-07-01 09:40

        """
    static let inspections = """
        media_id,date,items_checked
        M1,2026-07-01,100
        M1,2026-07-01,20

        """
    static let posts = """
        media_id,published_at,title
        M1,2026-07-01 08:00,第一条
        M2,2026-07-02 08:00,第二条

        """

    /// Writes the five required tables as CSV, then `files` (name → text) over them.
    init(_ files: [String: String] = [:], omitting: [String] = []) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("assess-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        var all = ["units.csv": Self.units, "media.csv": Self.media, "findings.csv": Self.findings,
                   "inspections.csv": Self.inspections, "posts.csv": Self.posts]
        for name in omitting { all[name] = nil }
        for (name, text) in files { all[name] = text }
        for (name, text) in all { try write(name, Data(text.utf8)) }
    }

    func write(_ name: String, _ bytes: Data) throws {
        try bytes.write(to: url.appendingPathComponent(name))
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(name))
    }

    func read(quarter: Quarter? = Quarter(year: 2026, number: 3), concurrent: Bool = true) throws -> InputResult {
        var reader = InputReader(directory: url, quarter: quarter)
        reader.concurrent = concurrent
        return try reader.read()
    }

    /// The fatal error reading throws, or nil.
    func fatal() -> InputError? {
        do {
            _ = try read()
            return nil
        } catch let error as InputError {
            return error
        } catch {
            return InputError(file: nil, message: "unexpected \(error)")
        }
    }

    func report(_ table: String, in result: InputResult) -> InputFileReport? {
        result.files.first { $0.table == table }
    }

    func delete() { try? FileManager.default.removeItem(at: url) }
}
