/// What `Ledger.findUnit(_:)` found for an id or a name typed by a clerk.
public enum UnitSearch: Hashable, Sendable {
    /// One unit: its id.
    case found(String)
    /// Several units match: each with its id and latest recorded name, by id.
    case ambiguous([UnitCandidate])
    /// No unit has that id, name or part of a name.
    case none
}

/// A unit that matches a search: its id and the name recorded in its latest quarter.
public struct UnitCandidate: Hashable, Sendable {
    public var unitID: String
    public var latestName: String
    /// `2026Q3`: the quarter the name is from.
    public var latestQuarter: String

    public init(unitID: String, latestName: String, latestQuarter: String) {
        self.unitID = unitID
        self.latestName = latestName
        self.latestQuarter = latestQuarter
    }
}
