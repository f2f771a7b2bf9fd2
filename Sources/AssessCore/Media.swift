/// One website or new-media account, owned by exactly one unit.
public struct Media: Hashable, Sendable {
    public var id: String
    public var unitID: String
    public var kind: MediaKind
    public var name: String
    public var address: String?
    public var status: MediaStatus
    public var openedOn: Day?
    /// When present it ends the media's window, whatever the status.
    public var closedOn: Day?

    public init(id: String, unitID: String, kind: MediaKind, name: String, address: String? = nil,
                status: MediaStatus = .active, openedOn: Day? = nil, closedOn: Day? = nil) {
        self.id = id
        self.unitID = unitID
        self.kind = kind
        self.name = name
        self.address = address
        self.status = status
        self.openedOn = openedOn
        self.closedOn = closedOn
    }
}
