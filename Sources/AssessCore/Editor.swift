/// A person registered for a unit (all its media) or for one media.
public struct Editor: Hashable, Sendable {
    public var unitID: String
    /// nil = covers every media of the unit.
    public var mediaID: String?
    public var name: String
    public var role: EditorRole
    /// 在编在岗
    public var onStaff: Bool
    /// Personal data: never printed unmasked (see `PhoneMask`).
    public var phone: String?

    public init(unitID: String, mediaID: String? = nil, name: String, role: EditorRole, onStaff: Bool, phone: String? = nil) {
        self.unitID = unitID
        self.mediaID = mediaID
        self.name = name
        self.role = role
        self.onStaff = onStaff
        self.phone = phone
    }
}
