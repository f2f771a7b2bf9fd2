/// Art. 19 "群众不满意" (rules.md "Complaints"): a unit's substantiated complaints received in the quarter,
/// directly (`unit_id`) or through one of its media (`media_id`), each complaint counted once per unit.
public enum ComplaintRule {
    /// Counted complaints grouped by unit id, each list in `received_at` order (then id).
    /// `unitOfMedia` maps a media id to its unit id.
    public static func counted(_ complaints: [Complaint], unitOfMedia: [String: String],
                               quarter: Quarter) -> [String: [Complaint]] {
        var byUnit: [String: [Complaint]] = [:]
        for complaint in complaints where complaint.substantiated && quarter.contains(complaint.receivedAt) {
            var units: [String] = []
            if let unitID = complaint.unitID { units.append(unitID) }
            if let mediaID = complaint.mediaID, let unitID = unitOfMedia[mediaID], !units.contains(unitID) {
                units.append(unitID)
            }
            for unitID in units { byUnit[unitID, default: []].append(complaint) }
        }
        for key in byUnit.keys {
            byUnit[key]?.sort {
                $0.receivedAt != $1.receivedAt ? $0.receivedAt < $1.receivedAt : $0.id.precedesInByteOrder($1.id)
            }
        }
        return byUnit
    }
}
