/// Art. 12 "主要编辑在编在岗" (rules.md "Systems and staffing"): which media a 主要编辑 on staff covers.
///
/// An editor row with role 主要编辑 and `on_staff` = 是 covers the media it names, or every media of its
/// unit when `media_id` is empty.
public struct StaffingRule: Sendable {
    private var staffedMedia = Set<String>()
    private var staffedUnits = Set<String>()

    /// Indexes `editors` once (linear), so each look-up is constant time.
    public init(editors: [Editor]) {
        for editor in editors where editor.role == .chiefEditor && editor.onStaff {
            if let mediaID = editor.mediaID {
                staffedMedia.insert(mediaID)
            } else {
                staffedUnits.insert(editor.unitID)
            }
        }
    }

    /// Is `media` covered by a 主要编辑 on staff?
    public func isStaffed(_ media: Media) -> Bool {
        staffedMedia.contains(media.id) || staffedUnits.contains(media.unitID)
    }
}
