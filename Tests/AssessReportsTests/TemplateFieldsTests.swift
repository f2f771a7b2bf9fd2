import Testing
@testable import AssessReports

/// The letter's models list their fields by hand (`TemplateFields`): every stored property, under its own name,
/// with its own value — checked against reflection on the fixture's letter and notice units.
@Suite struct TemplateFieldsTests {
    @Test func everyFieldIsListedWithItsValue() throws {
        let renderer = try ReportRenderer(templates: ReportFixture.templates)
        var checked = Set<String>()
        func compare(_ value: Any) {
            guard let value = RenderTree.unwrap(value), let model = value as? TemplateFields else { return }
            let type = String(describing: Swift.type(of: value))
            checked.insert(type)
            let mirrored = Mirror(reflecting: value).children.map { ($0.label ?? "?", $0.value) }
            #expect(model.templateFields.map(\.0) == mirrored.map(\.0), "\(type)")
            for ((label, listed), (_, reflected)) in zip(model.templateFields, mirrored) {
                let listedText = listed.flatMap(RenderTree.unwrap).map { String(describing: $0) }
                let reflectedText = RenderTree.unwrap(reflected).map { String(describing: $0) }
                #expect(listedText == reflectedText, "\(type).\(label)")
                for child in Mirror(reflecting: reflected).children { compare(child.value) }
                compare(reflected)
            }
        }
        for unit in [ReportFixture.letterUnit, ReportFixture.noticeUnit] {
            compare(renderer.letterModel(for: unit, ReportFixture.inputs))
        }
        #expect(checked.isSuperset(of: ["LetterModel", "TriggerEvidence", "PreviousLine", "FindingLine", "MediaLine",
                                        "SystemLine", "ComplaintLine", "ArticleLine", "SilenceLine"]), "\(checked.sorted())")
    }

    @Test func aTreeLeavesOutNilValues() {
        let line = SystemLine(number: 1, system: "信息发布审核")
        let tree = RenderTree.make([line]) as? [[String: Any]]
        #expect(tree?.first?["system"] as? String == "信息发布审核")
        let evidence = RenderTree.make(TriggerEvidence(number: 1, code: "error_rate", name: "错误率高", summary: "…"))
        #expect((evidence as? [String: Any])?.keys.contains("findingsMore") == false)
    }
}
