import Testing
@testable import AssessReports

/// The letter's models list their fields by hand (`TemplateFields`): every stored property, under its own name,
/// giving the same tree as reflection — checked on the fixture's letter and notice units.
@Suite struct TemplateFieldsTests {
    @Test func listedFieldsGiveTheReflectedTree() throws {
        let renderer = try ReportRenderer(templates: ReportFixture.templates)
        for unit in [ReportFixture.letterUnit, ReportFixture.noticeUnit] {
            let model = renderer.letterModel(for: unit, ReportFixture.inputs)
            let listed = canonical(model.templateValue.any)
            #expect(listed == canonical(RenderTree.make(model)))
            #expect(listed.contains("previous") == (unit.unit.id == ReportFixture.noticeUnit.unit.id))
        }
    }

    @Test func everyModelListsItsPropertiesInOrder() throws {
        let renderer = try ReportRenderer(templates: ReportFixture.templates)
        let model = renderer.letterModel(for: ReportFixture.noticeUnit, ReportFixture.inputs)
        let trigger = try #require(model.triggers.first)
        let samples: [TemplateFields] = [
            model, trigger, try #require(model.previous), try #require(model.articles.first),
            FindingLine(number: 1, numeral: "1.", media: "", mediaKind: "", detectedAt: "", category: "", severity: "", notifiedAt: "",
                        limit: "", deadline: "", outcome: ""),
            SilenceLine(number: 1, numeral: "1.", media: "", mediaKind: "", from: "", to: "", days: 0, posts: 0),
            MediaLine(number: 1, numeral: "（1）", media: "", mediaKind: ""),
            SystemLine(number: 1, numeral: "（1）", system: "", article: ""),
            ComplaintLine(number: 1, numeral: "1.", receivedAt: "", channel: "", media: ""),
        ]
        for sample in samples {
            let labels = Mirror(reflecting: sample).children.map { $0.label ?? "?" }
            #expect(sample.templateFields.map(\.0) == labels, "\(type(of: sample))")
        }
    }

    @Test func aTreeLeavesOutNilValues() {
        let tree = TriggerEvidence(number: 1, code: "error_rate", name: "错误率高", summary: "…", article: "第十九条").templateValue.any
        #expect((tree as? [String: Any])?.keys.contains("findingsMore") == false)
        #expect((tree as? [String: Any])?["name"] as? String == "错误率高")
    }

    /// A tree's text with dictionary keys sorted, so two trees compare by content.
    private func canonical(_ value: Any) -> String {
        switch value {
        case let dictionary as [String: Any]:
            return "{" + dictionary.keys.sorted().map { "\($0): \(canonical(dictionary[$0]!))" }.joined(separator: ", ") + "}"
        case let array as [Any]:
            return "[" + array.map(canonical).joined(separator: ", ") + "]"
        default:
            return "\(type(of: value))(\(value))"
        }
    }
}
