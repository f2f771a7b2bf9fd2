/// How big a generated quarter is (issue: city ≈ 1,500 units / 5,000 media; province ≈ 20,000 / 60,000;
/// nation ≈ 150,000 / 450,000).
public enum SampleScale: String, CaseIterable, Sendable {
    case city, province, nation

    public var units: Int {
        switch self {
        case .city: 1_500
        case .province: 20_000
        case .nation: 150_000
        }
    }

    public var media: Int {
        switch self {
        case .city: 5_000
        case .province: 60_000
        case .nation: 450_000
        }
    }
}

/// File form of generated tables.
public enum SampleFormat: String, CaseIterable, Sendable { case csv, jsonl }

/// Text encoding of generated tables.
public enum SampleEncoding: String, CaseIterable, Sendable { case utf8, gb18030 }
