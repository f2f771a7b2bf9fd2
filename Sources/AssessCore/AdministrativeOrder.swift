/// The city's administrative order of regions (区县) and their supervisors (outputs.md "For people"):
/// the configured `region_order` first, then the regions it does not list — 市级 first, then in order of
/// first appearance in `units`. A supervisor takes its region's place, the party committee's office
/// (`中共…委办公室`) before the government's.
public struct AdministrativeOrder: Sendable, Equatable {
    /// Every known region, in order.
    public let regions: [String]
    private let rankOfRegion: [String: Int]

    /// - Parameters:
    ///   - configured: the configuration's `region_order`.
    ///   - units: the registry in file order (`QuarterData.units`).
    public init(configured: [String], units: some Sequence<Unit>) {
        var regions: [String] = []
        var seen: Set<String> = []
        func add(_ region: String) {
            if seen.insert(region).inserted { regions.append(region) }
        }
        configured.forEach(add)
        let inUnits = units.map(\.region)
        if inUnits.contains(Self.cityLevel) { add(Self.cityLevel) }
        inUnits.forEach(add)
        self.init(regions: regions)
    }

    /// An order of exactly `regions` (others follow: 市级 first, then UTF-8 order).
    public init(regions: [String]) {
        self.regions = regions
        rankOfRegion = Dictionary(regions.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The region of city-level units.
    public static let cityLevel = "市级"

    /// True when region `a` comes before region `b`.
    public func precedes(region a: String, _ b: String) -> Bool {
        let ra = rank(a), rb = rank(b)
        if ra != rb { return ra < rb }
        if (a == Self.cityLevel) != (b == Self.cityLevel) { return a == Self.cityLevel }
        return a.precedesInByteOrder(b)
    }

    /// True when supervisor `a` (of a unit in `regionA`) comes before supervisor `b` (in `regionB`).
    public func precedes(supervisor a: String, in regionA: String, _ b: String, in regionB: String) -> Bool {
        if regionA != regionB { return precedes(region: regionA, regionB) }
        let pa = Self.isPartyOffice(a), pb = Self.isPartyOffice(b)
        if pa != pb { return pa }
        return a.precedesInByteOrder(b)
    }

    private func rank(_ region: String) -> Int { rankOfRegion[region] ?? regions.count }

    /// `中共{R}委办公室` (SupervisorRule).
    static func isPartyOffice(_ supervisor: String) -> Bool { supervisor.hasPrefix("中共") }
}
