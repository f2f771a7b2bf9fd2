import AssessCore
import AssessLedger
import Foundation

/// The year folder's manifest.json: which run of each quarter the figures come from and with which settings,
/// for audits, and the mark that the folder is this tool's output (outputs.md "Where outputs may go").
///
/// Nothing in it depends on the wall clock of the `assess year` run, so a rerun with the same ledger is identical.
struct YearManifest: Encodable {
    struct SourceRun: Encodable {
        var quarter: String
        var runID: Int64
        var recordedAt: String
        var asOf: String
        var units: Int

        enum CodingKeys: String, CodingKey {
            case quarter, units
            case runID = "run_id", recordedAt = "recorded_at", asOf = "as_of"
        }
    }

    var tool = "assess"
    var toolVersion = ToolVersion.current
    /// Tells a year's folder from a quarter's (whose manifest has no `kind`).
    static let kind = "year"

    var kind = YearManifest.kind
    var year: Int
    var partial: Bool
    var missingQuarters: [String]
    var sources: [SourceRun]
    var configuration: Configuration
    var outputs: [String]

    enum CodingKeys: String, CodingKey {
        case tool, kind, year, partial, sources, configuration, outputs
        case toolVersion = "tool_version", missingQuarters = "missing_quarters"
    }

    init(rollUp: YearRollUp, sources: [RunSummary], configuration: Configuration, outputs: [String]) {
        year = rollUp.year
        partial = !rollUp.missingQuarters.isEmpty
        missingQuarters = rollUp.missingQuarters.map(\.description)
        let formatter = ISO8601DateFormatter()
        self.sources = sources.map {
            SourceRun(quarter: $0.quarter.description, runID: $0.id, recordedAt: formatter.string(from: $0.recordedAt),
                      asOf: $0.asOf.description, units: $0.unitCount)
        }
        self.configuration = configuration
        self.outputs = outputs.sorted()
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
