import AssessCore

/// One parsed record into its table (inputs.md "Validation: nothing silently lost"): loaded by the table's loader,
/// or rejected — for the parser's problem (field count, not an object) or the first reject rule that holds — with
/// the unit and media its raw values name (DataIssues). Every form's reader (CSV, JSON, JSON Lines, xlsx) takes its
/// records through here, so a row is judged the same whatever the form.
struct RecordIntake {
    let file: String
    let schema: TableSchema
    private let unitColumn: Int?
    private let mediaColumn: Int?

    init(file: String, schema: TableSchema) {
        self.file = file
        self.schema = schema
        unitColumn = schema.columns.firstIndex { $0.name == "unit_id" }
        mediaColumn = schema.columns.firstIndex { $0.name == "media_id" }
    }

    /// Loads `record` into `loader`; returns the rejected row when it is not loaded.
    func take<Loader: TableLoader>(_ record: RawRecord, into loader: inout Loader) -> RejectedRow? {
        let reason: RejectReason
        var keys: (unit: String?, media: String?) = (nil, nil)
        switch record.problem {
        case .fieldCount(let expected, let found)?: reason = .fieldCount(expected: expected, found: found)
        case .notAnObject?: reason = .notAnObject
        case nil:
            do throws(RejectReason) {
                try loader.load(RowFields<Loader.Column>(record: record, schema: schema))
                return nil
            } catch {
                reason = error
                keys = (record.text(at: unitColumn), record.text(at: mediaColumn))
            }
        }
        return RejectedRow(file: file, line: record.line, column: reason.column, reason: reason.message,
                           raw: record.rawText, unitID: keys.unit, mediaID: keys.media)
    }
}
