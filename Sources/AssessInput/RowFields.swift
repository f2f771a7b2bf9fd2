import AssessCore

/// Typed access to one record's values for a table loader; every accessor throws the rule-1 reason.
package struct RowFields {
    let record: RawRecord
    let schema: TableSchema

    var line: Int { record.line }

    /// The value's bytes, nil when absent; nested values are rejected.
    @inline(__always)
    func bytes(_ c: Int) throws(RejectReason) -> UnsafeRawBufferPointer? {
        switch record.values[c] {
        case .absent: return nil
        case .nested: throw .nested(schema.columns[c])
        case .cellError(let text): throw .cellError(schema.columns[c], text)
        case .bytes(let b): return b
        }
    }

    @inline(__always)
    func required(_ c: Int) throws(RejectReason) -> UnsafeRawBufferPointer {
        guard let b = try bytes(c) else { throw .missing(schema.columns[c]) }
        return b
    }

    /// Checks a column the product does not keep (only that it is not a nested value).
    func unused(_ c: Int) throws(RejectReason) { _ = try bytes(c) }

    func text(_ c: Int) throws(RejectReason) -> String { ByteText.string(try required(c)) }

    func optionalText(_ c: Int) throws(RejectReason) -> String? { try bytes(c).map(ByteText.string) }

    func day(_ c: Int) throws(RejectReason) -> Day {
        let b = try required(c)
        guard let value = ValueParser.day(b) else { throw .invalid(schema.columns[c], b, .date) }
        return value
    }

    func optionalDay(_ c: Int) throws(RejectReason) -> Day? {
        guard let b = try bytes(c) else { return nil }
        guard let value = ValueParser.day(b) else { throw .invalid(schema.columns[c], b, .date) }
        return value
    }

    func dateTime(_ c: Int) throws(RejectReason) -> LocalDateTime {
        let b = try required(c)
        guard let value = ValueParser.dateTime(b) else { throw .invalid(schema.columns[c], b, .dateTime) }
        return value
    }

    func optionalDateTime(_ c: Int) throws(RejectReason) -> LocalDateTime? {
        guard let b = try bytes(c) else { return nil }
        guard let value = ValueParser.dateTime(b) else { throw .invalid(schema.columns[c], b, .dateTime) }
        return value
    }

    func int(_ c: Int) throws(RejectReason) -> Int {
        let b = try required(c)
        guard let value = ValueParser.int(b) else { throw .invalid(schema.columns[c], b, .int) }
        return value
    }

    func bool(_ c: Int) throws(RejectReason) -> Bool {
        let b = try required(c)
        guard let value = ValueParser.bool(b) else { throw .invalid(schema.columns[c], b, .bool) }
        return value
    }

    func optionalBool(_ c: Int) throws(RejectReason) -> Bool? {
        guard let b = try bytes(c) else { return nil }
        guard let value = ValueParser.bool(b) else { throw .invalid(schema.columns[c], b, .bool) }
        return value
    }

    func value<Value: CodedValue>(_ c: Int, _ lookup: EnumLookup<Value>) throws(RejectReason) -> Value {
        let b = try required(c)
        guard let value = lookup.value(b) else { throw .invalidEnum(schema.columns[c], b, Value.self) }
        return value
    }

    func optionalValue<Value: CodedValue>(_ c: Int, _ lookup: EnumLookup<Value>) throws(RejectReason) -> Value? {
        guard let b = try bytes(c) else { return nil }
        guard let value = lookup.value(b) else { throw .invalidEnum(schema.columns[c], b, Value.self) }
        return value
    }
}
