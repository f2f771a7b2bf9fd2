/// The registry compliance pass (issue 7; Art. 8–10) over the accepted rows of one quarter: the office's
/// clean-up work list. It never changes a score or a decision.
///
/// The checks, each switched on or off in `ComplianceRules`, in listing order: `DuplicatePlatformCheck`,
/// `NameConsistencyCheck`, `LowActivityCheck` (low_activity, silent_all_quarter), `RegistryStaleCheck`.
public enum ComplianceReview {
    /// Every finding, sorted by `unit_id` (UTF-8 byte order), `media_id`, then check order.
    /// Media whose unit is not in `data.units` are skipped (accepted data has none).
    public static func review(_ data: QuarterData, quarter: Quarter, rules: ComplianceRules) -> [ComplianceFinding] {
        let units = Dictionary(data.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Only a media with a closing date is checked against its findings (`RegistryStaleCheck`): grouping every
        // finding would copy them all (4 M at nation size).
        var findingsOfMedia: [String: [Finding]] = [:]
        let closing = Set(data.media.lazy.filter { $0.closedOn != nil }.map(\.id))
        if rules.registryStale, !closing.isEmpty {
            for finding in data.findings where closing.contains(finding.mediaID) {
                findingsOfMedia[finding.mediaID, default: []].append(finding)
            }
        }
        var mediaOfUnit: [String: [ComplianceSubject]] = [:]
        for (index, media) in data.media.enumerated() {
            guard let unit = units[media.unitID] else { continue }
            let activity = data.activity.indices.contains(index) ? data.activity[index] : MediaActivity()
            mediaOfUnit[unit.id, default: []].append(ComplianceSubject(
                unit: unit, media: media, activity: activity, window: MediaWindow.window(of: media, in: quarter)))
        }
        var out: [ComplianceFinding] = []
        for (_, unsorted) in mediaOfUnit {
            // Media in id order, so that lists inside a detail never depend on the order of the input rows.
            let media = unsorted.sorted { $0.media.id.precedesInByteOrder($1.media.id) }
            if rules.duplicatePlatform { out += DuplicatePlatformCheck.findings(media, quarter: quarter) }
            if rules.nameInconsistent { out += NameConsistencyCheck.findings(media, quarter: quarter) }
            out += media.compactMap { LowActivityCheck.finding($0, quarter: quarter, rules: rules) }
            if rules.registryStale {
                out += media.compactMap {
                    RegistryStaleCheck.finding($0, findings: findingsOfMedia[$0.media.id] ?? [], quarter: quarter)
                }
            }
        }
        return sortedInListingOrder(out)
    }

    /// `findings.sorted(by: ComplianceFinding.precedes)`, comparing keys taken once: sorted as themselves, each
    /// comparison copied two findings (their unit, media and texts), about a third of the review's time at
    /// province size.
    static func sortedInListingOrder(_ findings: [ComplianceFinding]) -> [ComplianceFinding] {
        let unitIDs = findings.map { $0.unit.id }
        let mediaIDs = findings.map { $0.media.id }
        let checks = findings.map { $0.check.order }
        let order = findings.indices.sorted { a, b in
            if unitIDs[a] != unitIDs[b] { return unitIDs[a].precedesInByteOrder(unitIDs[b]) }
            if mediaIDs[a] != mediaIDs[b] { return mediaIDs[a].precedesInByteOrder(mediaIDs[b]) }
            return checks[a] < checks[b]
        }
        return order.map { findings[$0] }
    }
}
