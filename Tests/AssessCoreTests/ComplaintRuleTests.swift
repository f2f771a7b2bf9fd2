import Testing
import TestSupport
@testable import AssessCore

@Suite struct ComplaintRuleTests {
    let q3 = Fixtures.quarter("2026Q3")

    func complaint(_ id: String, unit: String? = nil, media: String? = nil, at: String = "2026-08-01 10:00",
                   substantiated: Bool = true) -> Complaint {
        Complaint(id: id, unitID: unit, mediaID: media, receivedAt: Fixtures.time(at), substantiated: substantiated)
    }

    @Test func directAndThroughMediaEachOnce() {
        let counted = ComplaintRule.counted([
            complaint("C3", unit: "U1", at: "2026-09-01 10:00"),
            complaint("C1", media: "M1"),
            complaint("C2", unit: "U1", media: "M1"),                // both: counted once
            complaint("C4", unit: "U1", substantiated: false),
            complaint("C5", unit: "U1", at: "2026-10-01 00:00"),     // next quarter
            complaint("C6", unit: "U1", at: "2026-07-01 00:00"),     // first moment: inside
            complaint("C7", media: "M9"),                            // unknown media
        ], unitOfMedia: ["M1": "U1"], quarter: q3)
        #expect(counted["U1"]?.map(\.id) == ["C6", "C1", "C2", "C3"])
        #expect(counted.count == 1)
    }
}
