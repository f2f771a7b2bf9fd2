import Testing
import TestSupport
@testable import AssessCore

@Suite struct StaffingRuleTests {
    let m1 = Media(id: "M1", unitID: "U1", kind: .website, name: "网站")
    let m2 = Media(id: "M2", unitID: "U1", kind: .wechat, name: "公众号")
    let m3 = Media(id: "M3", unitID: "U2", kind: .weibo, name: "微博")

    @Test func chiefEditorOnStaffNamingTheMedia() {
        let rule = StaffingRule(editors: [Editor(unitID: "U1", mediaID: "M1", name: "张三", role: .chiefEditor, onStaff: true)])
        #expect(rule.isStaffed(m1))
        #expect(!rule.isStaffed(m2))
    }

    @Test func chiefEditorForTheWholeUnit() {
        let rule = StaffingRule(editors: [Editor(unitID: "U1", name: "张三", role: .chiefEditor, onStaff: true)])
        #expect(rule.isStaffed(m1))
        #expect(rule.isStaffed(m2))
        #expect(!rule.isStaffed(m3))
    }

    @Test func otherRolesOrOffStaffDoNotCount() {
        let rule = StaffingRule(editors: [
            Editor(unitID: "U1", name: "李四", role: .chiefEditor, onStaff: false),
            Editor(unitID: "U1", name: "王五", role: .editor, onStaff: true),
            Editor(unitID: "U1", name: "赵六", role: .head, onStaff: true),
        ])
        #expect(!rule.isStaffed(m1))
    }
}
