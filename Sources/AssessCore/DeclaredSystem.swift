/// A management system a unit declares (制度建设).
public struct DeclaredSystem: Hashable, Sendable {
    public var unitID: String
    public var system: SystemKind
    public var establishedOn: Day
    public var document: String?

    public init(unitID: String, system: SystemKind, establishedOn: Day, document: String? = nil) {
        self.unitID = unitID
        self.system = system
        self.establishedOn = establishedOn
        self.document = document
    }
}
