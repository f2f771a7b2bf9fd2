/// A sponsoring unit (主办单位) from the registry: the thing that is scored.
public struct Unit: Hashable, Sendable {
    public var id: String
    public var name: String
    public var category: UnitCategory
    /// 具有行政职能; only meaningful for 事业单位.
    public var adminFunction: Bool
    /// `市级` for city-level units, else the district/county name.
    public var region: String

    public init(id: String, name: String, category: UnitCategory, adminFunction: Bool = false, region: String) {
        self.id = id
        self.name = name
        self.category = category
        self.adminFunction = adminFunction
        self.region = region
    }
}
