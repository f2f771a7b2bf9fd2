import Testing
@testable import AssessCore

@Suite struct SupervisorRuleTests {
    @Test(arguments: [
        (UnitCategory.government, false, "五华区", "五华区人民政府办公室"),
        (.government, false, "市级", "昆明市人民政府办公室"),
        (.institution, true, "安宁市", "安宁市人民政府办公室"),
        (.institution, false, "安宁市", "中共安宁市委办公室"),
        (.party, false, "五华区", "中共五华区委办公室"),
        (.school, true, "市级", "中共昆明市委办公室"),      // admin_function only matters for 事业单位
        (.media, false, "石林彝族自治县", "中共石林彝族自治县委办公室"),
    ])
    func supervisor(category: UnitCategory, admin: Bool, region: String, expected: String) {
        let unit = Unit(id: "U", name: "单位", category: category, adminFunction: admin, region: region)
        #expect(SupervisorRule.supervisor(of: unit, city: "昆明市") == expected)
    }
}
