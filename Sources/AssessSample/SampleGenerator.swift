import AssessCore
import Foundation

/// A deterministic generator of realistic exports in the input contract (issue 8), written streaming:
/// one pass over the media, each writing its inspections, posts and findings day by day.
public struct SampleGenerator: Sendable {
    /// How many units and media to generate (a scale's sizes, or any other for tests).
    public var unitCount: Int
    public var mediaCount: Int
    public var quarter: Quarter
    public var seed: UInt64
    public var encoding: SampleEncoding
    public var format: SampleFormat

    public init(scale: SampleScale, quarter: Quarter, seed: UInt64 = 1, encoding: SampleEncoding = .utf8, format: SampleFormat = .csv) {
        self.init(units: scale.units, media: scale.media, quarter: quarter, seed: seed, encoding: encoding, format: format)
    }

    public init(units: Int, media: Int, quarter: Quarter, seed: UInt64 = 1, encoding: SampleEncoding = .utf8, format: SampleFormat = .csv) {
        unitCount = max(1, units)
        mediaCount = max(units, media)
        self.quarter = quarter
        self.seed = seed
        self.encoding = encoding
        self.format = format
    }

    /// Row counts per table written.
    public typealias Counts = [(table: String, rows: Int)]

    public func write(to directory: URL, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Counts {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        func open(_ table: String, _ columns: [String]) throws -> SampleFileWriter {
            try SampleFileWriter(directory: directory, table: table, columns: columns, format: format, encoding: encoding)
        }
        var random = SampleRandom(seed: seed)
        var text = SampleRandom(seed: seed ^ 0x7465_7874)  // free text, apart: the rest stays as without it
        let units = try open("units", ["unit_id", "name", "category", "admin_function", "region"])
        let media = try open("media", ["media_id", "unit_id", "kind", "name", "address", "status", "opened_on", "closed_on"])
        let editors = try open("editors", ["unit_id", "media_id", "name", "role", "on_staff", "phone"])
        let systems = try open("systems", ["unit_id", "system", "established_on", "document"])
        let complaints = try open("complaints", ["complaint_id", "unit_id", "media_id", "received_at", "substantiated", "channel"])
        let findings = try open("findings", ["finding_id", "media_id", "detected_at", "category", "severity", "notified_at",
                                             "fixed_at", "verdict", "source", "url", "description"])
        let inspections = try open("inspections", ["media_id", "date", "items_checked"])
        let posts = try open("posts", ["media_id", "published_at", "title"])
        let all = [units, media, editors, systems, complaints, findings, inspections, posts]

        var unitNames: [String] = []
        for u in 0..<unitCount {
            let row = SampleRows.unit(u, random: &random)
            unitNames.append(row[1])
            try units.row(row)
            for editor in SampleRows.editors(u, random: &random) { try editors.row(editor) }
            for system in SampleRows.systems(u, quarter: quarter, random: &random) { try systems.row(system) }
            for complaint in SampleRows.complaints(u, mediaPerUnit: mediaCount / unitCount, quarter: quarter, random: &random) {
                try complaints.row(complaint)
            }
        }
        var findingCount = 0
        for m in 0..<mediaCount {
            let u = m * unitCount / mediaCount
            let (row, kind, window) = SampleRows.media(m, unit: u, unitName: unitNames[u], quarter: quarter,
                                                       random: &random)
            try media.row(row)
            try SampleRows.activity(media: m, kind: kind, unit: u, window: window, random: &random, text: &text,
                                    findingCount: &findingCount, inspections: inspections, posts: posts,
                                    findings: findings)
            if m % 1000 == 0 { progress?(m, mediaCount) }
        }
        for writer in all { try writer.close() }
        let names = ["units", "media", "editors", "systems", "complaints", "findings", "inspections", "posts"]
        return zip(names, all).map { ($0, $1.rows) }
    }
}
