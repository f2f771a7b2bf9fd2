/// Art. 12, 14, 15 "制度不健全" (rules.md "Systems and staffing"): the required systems a unit lacks.
///
/// A unit has a system when one of its `systems` rows has `established_on` before the quarter's end date.
public enum SystemsRule {
    /// Required systems without such a row, in the order of `required` (duplicates listed once).
    public static func missing(required: [SystemKind], declared: [DeclaredSystem], quarter: Quarter) -> [SystemKind] {
        var had = Set<SystemKind>()
        for system in declared where system.establishedOn < quarter.endDay { had.insert(system.system) }
        var seen = Set<SystemKind>()
        return required.filter { !had.contains($0) && seen.insert($0).inserted }
    }
}
