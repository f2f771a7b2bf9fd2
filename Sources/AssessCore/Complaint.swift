/// One public complaint (群众投诉), about a unit directly or through one of its media.
public struct Complaint: Hashable, Sendable {
    public var id: String
    public var unitID: String?
    public var mediaID: String?
    public var receivedAt: LocalDateTime
    public var substantiated: Bool
    public var channel: String?

    public init(id: String, unitID: String? = nil, mediaID: String? = nil, receivedAt: LocalDateTime,
                substantiated: Bool, channel: String? = nil) {
        self.id = id
        self.unitID = unitID
        self.mediaID = mediaID
        self.receivedAt = receivedAt
        self.substantiated = substantiated
        self.channel = channel
    }
}
