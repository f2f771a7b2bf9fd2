/// Art. 3 supervisor (主管单位, rules.md "Quarter, time and scope").
///
/// 政府, and 事业单位 with administrative functions: `{R}人民政府办公室`; every other unit: `中共{R}委办公室`;
/// `R` = the unit's region, or the configured city when the region is `市级`.
public enum SupervisorRule {
    public static func supervisor(of unit: Unit, city: String) -> String {
        let region = unit.region == "市级" ? city : unit.region
        let government = unit.category == .government || (unit.category == .institution && unit.adminFunction)
        return government ? "\(region)人民政府办公室" : "中共\(region)委办公室"
    }
}
