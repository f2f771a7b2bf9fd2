/// Art. 20 ideology responsibility feed (rules.md): `min(cap, base[decision] + w * major_incidents)`.
public enum IdeologyRule {
    public static func deduction(decision: Decision, majorIncidents: Int, rules: IdeologyRules) -> Double {
        let base: Double = switch decision {
        case .noAction: rules.baseNone
        case .letter: rules.baseLetter
        case .notice: rules.baseNotice
        }
        return min(rules.cap, base + rules.majorIncident * Double(majorIncidents))
    }
}
