import Testing
import TestSupport
@testable import AssessCore

@Suite struct AdministrativeOrderTests {
    private func units(_ regions: [String]) -> [Unit] {
        regions.enumerated().map { Unit(id: "U\($0.offset)", name: "单位\($0.offset)", category: .party, region: $0.element) }
    }

    @Test func defaultIsTheCityThenFirstAppearanceInUnits() {
        let order = AdministrativeOrder(configured: [], units: units(["盘龙区", "五华区", "市级", "盘龙区", "官渡区"]))
        #expect(order.regions == ["市级", "盘龙区", "五华区", "官渡区"])
        let sorted = ["官渡区", "五华区", "市级", "盘龙区"].sorted(by: order.precedes(region:_:))
        #expect(sorted == ["市级", "盘龙区", "五华区", "官渡区"])
    }

    @Test func configuredRegionsLeadAndTheRestFollowInTheDefaultOrder() {
        let order = AdministrativeOrder(configured: ["五华区", "盘龙区", "五华区"], units: units(["官渡区", "市级", "盘龙区"]))
        #expect(order.regions == ["五华区", "盘龙区", "市级", "官渡区"])
        // A region nowhere in the list (data added later) goes last, 市级 first among such.
        #expect(order.precedes(region: "官渡区", "西山区"))
        #expect(AdministrativeOrder(regions: []).precedes(region: "市级", "五华区"))
    }

    @Test func supervisorsFollowTheirRegionPartyOfficeFirst() {
        let order = AdministrativeOrder(configured: ["五华区", "市级"], units: [])
        let supervisors = [("五华区人民政府办公室", "五华区"), ("昆明市人民政府办公室", "市级"), ("中共五华区委办公室", "五华区"),
                           ("中共昆明市委办公室", "市级")]
        let sorted = supervisors.sorted { order.precedes(supervisor: $0.0, in: $0.1, $1.0, in: $1.1) }.map(\.0)
        #expect(sorted == ["中共五华区委办公室", "五华区人民政府办公室", "中共昆明市委办公室", "昆明市人民政府办公室"])
    }

    @Test func theAssessmentCarriesTheOrderOfTheRegistryAndConfiguration() {
        let registry = units(["西山区", "市级", "五华区"])
        let data = QuarterData(units: registry, media: registry.map { Media(id: "M" + $0.id, unitID: $0.id, kind: .website, name: "站") })
        var configuration = Configuration.default
        configuration.regionOrder = ["五华区"]
        let result = Assessor(configuration: configuration, calendar: Fixtures.calendar2026)
            .assess(data, quarter: Quarter(year: 2026, number: 3)!, previous: [:])
        #expect(result.order.regions == ["五华区", "市级", "西山区"])
        // The units themselves stay in unit_id order.
        #expect(result.units.map(\.unit.id) == ["U0", "U1", "U2"])
    }
}

@Suite struct QuarterBriefFitTests {
    @Test func everythingShownWhenItFits() {
        #expect(QuarterBrief.fit(named: [1, 2, 1], incidents: [1], room: 10) == (3, 1))
    }

    @Test func namedUnitsGetTheRoomIncidentsAThirdAndEachCutListANote() {
        // 30 lines of room, 40 named units, 20 incidents: incidents get 10 lines (9 shown + note), named the rest.
        let (named, incidents) = QuarterBrief.fit(named: Array(repeating: 1, count: 40), incidents: Array(repeating: 1, count: 20),
                                                  room: 30)
        #expect(incidents == 9)
        #expect(named == 19)
        #expect(named + 1 + incidents + 1 == 30)
    }

    @Test func roomLeftByFewIncidentsGoesToNamedUnits() {
        let (named, incidents) = QuarterBrief.fit(named: Array(repeating: 2, count: 40), incidents: [1], room: 21)
        #expect(incidents == 1)
        #expect(named == 9)  // 1 line for the incident, 1 for the note, 9 two-line units
    }

    @Test func linesCountWideCharactersAndCapAtThree() {
        let page = BriefPage.a4
        #expect(page.lines("昆明市教育体育局", perLine: 13) == 1)
        #expect(page.lines(String(repeating: "字", count: 14), perLine: 13) == 2)
        #expect(page.lines(String(repeating: "a", count: 26), perLine: 13) == 1)
        #expect(page.lines(String(repeating: "字", count: 200), perLine: 13) == 3)
    }
}
