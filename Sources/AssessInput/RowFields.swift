import AssessCore

/// Typed access to one record's values for a table loader; every accessor throws the rule-1 reason.
package struct RowFields<Column: TableColumn> {
    let record: RawRecord
    let schema: TableSchema

    var line: Int { record.line }

    /// The value's bytes, nil when absent; nested values are rejected.
    @inline(__always)
    func bytes(_ c: Column) throws(RejectReason) -> UnsafeRawBufferPointer? {
        switch record.values[c.rawValue] {
        case .absent: return nil
        case .nested: throw .nested(schema.columns[c.rawValue])
        case .cellError(let text): throw .cellError(schema.columns[c.rawValue], text)
        case .bytes(let b): return b
        }
    }

    @inline(__always)
    func required(_ c: Column) throws(RejectReason) -> UnsafeRawBufferPointer {
        guard let b = try bytes(c) else { throw .missing(schema.columns[c.rawValue]) }
        return b
    }

    /// Checks a column the product does not keep (only that it is not a nested value or an error cell); its spec
    /// says `valueRead: false`, so its bytes may be as written in the file (still XML-escaped).
    func unused(_ c: Column) throws(RejectReason) { _ = try bytes(c) }

    func text(_ c: Column) throws(RejectReason) -> String { ByteText.string(try required(c)) }

    func optionalText(_ c: Column) throws(RejectReason) -> String? { try bytes(c).map(ByteText.string) }

    func day(_ c: Column) throws(RejectReason) -> Day {
        let b = try required(c)
        guard let value = ValueParser.day(b) else { throw .invalid(schema.columns[c.rawValue], b, .date) }
        return value
    }

    func optionalDay(_ c: Column) throws(RejectReason) -> Day? {
        guard let b = try bytes(c) else { return nil }
        guard let value = ValueParser.day(b) else { throw .invalid(schema.columns[c.rawValue], b, .date) }
        return value
    }

    func dateTime(_ c: Column) throws(RejectReason) -> LocalDateTime {
        let b = try required(c)
        guard let value = ValueParser.dateTime(b) else { throw .invalid(schema.columns[c.rawValue], b, .dateTime) }
        return value
    }

    func optionalDateTime(_ c: Column) throws(RejectReason) -> LocalDateTime? {
        guard let b = try bytes(c) else { return nil }
        guard let value = ValueParser.dateTime(b) else { throw .invalid(schema.columns[c.rawValue], b, .dateTime) }
        return value
    }

    func int(_ c: Column) throws(RejectReason) -> Int {
        let b = try required(c)
        guard let value = ValueParser.int(b) else { throw .invalid(schema.columns[c.rawValue], b, .int) }
        return value
    }

    func bool(_ c: Column) throws(RejectReason) -> Bool {
        let b = try required(c)
        guard let value = ValueParser.bool(b) else { throw .invalid(schema.columns[c.rawValue], b, .bool) }
        return value
    }

    func optionalBool(_ c: Column) throws(RejectReason) -> Bool? {
        guard let b = try bytes(c) else { return nil }
        guard let value = ValueParser.bool(b) else { throw .invalid(schema.columns[c.rawValue], b, .bool) }
        return value
    }

    func value<Value: CodedValue>(_ c: Column, _ lookup: EnumLookup<Value>) throws(RejectReason) -> Value {
        let b = try required(c)
        guard let value = lookup.value(b) else { throw .invalidEnum(schema.columns[c.rawValue], b, Value.self) }
        return value
    }

    func optionalValue<Value: CodedValue>(_ c: Column, _ lookup: EnumLookup<Value>) throws(RejectReason) -> Value? {
        guard let b = try bytes(c) else { return nil }
        guard let value = lookup.value(b) else { throw .invalidEnum(schema.columns[c.rawValue], b, Value.self) }
        return value
    }
}
