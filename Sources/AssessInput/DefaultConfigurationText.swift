import AssessCore

/// The default configuration as a commented YAML file for the office to copy and edit
/// (`ConfigurationLoader.parse` reads it back equal to `Configuration.default`).
///
/// The values are printed from `Configuration.default`, so the text cannot drift from the defaults;
/// the comments say what each key means and which article of the measures it implements.
public enum DefaultConfigurationText {
    public static func yaml() -> String {
        let c = Configuration.default
        var lines: [String] = [
            "# assess 季度考核配置文件（YAML）。",
            "# 所有配置项均可省略：省略或留空的项使用下列默认值。只需保留要修改的项。",
            "# 写错配置项名称或值的类型时，程序会报错并指出配置项，不会按错误配置运行。",
            "# 数值的范围：\(boundsSummary)；超出时同样报错。",
            "",
            "# 市名：市级单位的主管单位名称中使用，如“昆明市人民政府办公室”（第3条）。",
            "city: \(quoted(c.city))",
            "# 发函单位：整改函、通报的落款（第19条）。",
            "issuer: \(quoted(c.issuer))",
            "# 函号前缀：函号写作“前缀〔年份〕序号号”，如 昆网信函〔2026〕7号（第19条）。",
            "letter_prefix: \(quoted(c.letterPrefix))",
            "# 通报文号前缀：通报单独编号，写作“前缀〔年份〕序号号”，如 昆网信通〔2026〕2号；同一年内各季度连续编号。",
            "notice_prefix: \(quoted(c.noticePrefix))",
            "# 整改报告期限：发函日后第几个工作日前书面报送整改情况（第19条）。",
            "report_working_days: \(c.reportWorkingDays)",
            "# 日历补充：内置日历未包含的年份的法定节假日和调休上班日（第15条时限按工作时间计算）。",
            "calendar:",
            "  # 法定节假日（放假），写作 \"YYYY-MM-DD\" 或日期范围 \"YYYY-MM-DD..YYYY-MM-DD\"。",
            "  holidays:\(list(c.calendar.holidays, indent: "    "))",
            "  # 调休上班日，写作 \"YYYY-MM-DD\"（不论星期几都算工作日）。",
            "  workdays:\(list(c.calendar.workdays, indent: "    "))",
            "# 考核规则：适用于所有单位类别（下方 category_rules 可按类别覆盖）。",
            "rules:",
        ]
        lines += rulesLines(c.rules, indent: "  ")
        lines += [
            "# 按单位类别调整（第14条：国有企业、学校、医院、媒体等可结合实际调整检查标准）。",
            "# 键为单位类别（中文或英文代码，如 学校 或 school），值只写 rules 中要改的部分，其余沿用 rules。例如：",
            "#   category_rules:",
            "#     学校:",
            "#       inactivity_days: 30",
        ]
        if c.categoryRules.isEmpty {
            lines.append("category_rules: {}")
        } else {
            lines.append("category_rules:")
            for (category, rules) in c.categoryRules.sorted(by: { $0.key.code < $1.key.code }) {
                lines.append("  # \(category.chinese)")
                lines.append("  \(category.code):")
                lines += rulesLines(rules, indent: "    ")
            }
        }
        let k = c.compliance
        lines += [
            "# 账号规范检查（第8、9、10条）：结果写入 compliance.csv 和工作簿「账号规范」，只作整改工作清单，不影响得分和处理决定。",
            "# 各项为 true（检查）或 false（不检查）。",
            "compliance:",
            "  # 同一单位在同一平台（网站、其他除外）本季度有多个账号运行（第10条：原则上一个平台一个账号）。",
            "  duplicate_platform: \(k.duplicatePlatform)",
            "  # 同一单位各平台新媒体账号名称不一致（第8条；比较时忽略空格、全角半角、括号内容和平台后缀）。",
            "  name_inconsistent: \(k.nameInconsistent)",
            "  # 发布过少：本季度发布条数少于 min_posts（第10条：使用率低的应整合或关停）。",
            "  low_activity: \(k.lowActivity)",
            "  # 整季度未发布：考核期内没有任何发布（第10条）。",
            "  silent_all_quarter: \(k.silentAllQuarter)",
            "  # 备案信息未更新：关停日期当日及以后仍有发布或有效巡查问题，或开设日期前已有发布（第9条）。",
            "  registry_stale: \(k.registryStale)",
            "  # 发布过少的标准：整季度应发布的最少条数（约每周一条）；考核期不足一季度的按天数折算（向上取整）。",
            "  min_posts: \(k.minPosts)",
            "# 地区（区县）排列顺序：总览、摘要和图表按此顺序列出地区及其主管单位（党委办公室在前、政府办公室在后）。",
            "# 写地区名称，与 units 表 region 列一致，如 [市级, 五华区, 盘龙区]。未列出的地区排在后面：",
            "# 市级在前，其余按在 units 表中首次出现的顺序。留空（[]）即按这一默认顺序。",
            "region_order:\(list(c.regionOrder, indent: "  "))",
        ]
        let doc = c.documents, f = doc.fonts
        lines += [
            "# 公文版式（Word 文件 letters/*.docx、notice.docx，按 GB/T 9704-2012《党政机关公文格式》）。",
            "# 发文机关标志和署名使用上面的 issuer。",
            "documents:",
            "  # 字体名称（须在打开文件的电脑上已安装）。",
            "  fonts:",
            "    # 发文机关标志和标题：小标宋。",
            "    title: \(quoted(f.title))",
            "    # 正文、三级和四级标题、版记：仿宋。",
            "    body: \(quoted(f.body))",
            "    # 一级标题（一、）：黑体。",
            "    heading1: \(quoted(f.heading1))",
            "    # 二级标题（（一））：楷体。",
            "    heading2: \(quoted(f.heading2))",
            "    # 数字和西文字母。",
            "    latin: \(quoted(f.latin))",
            "  # 通报的抄送机关（版记「抄送：」，按此顺序）；整改函抄送该单位的主管单位。",
            "  notice_copy_to:\(list(doc.noticeCopyTo, indent: "    "))",
            "  # 印发机关（版记「××× ××年×月×日印发」）；留空即为发文单位 issuer。",
            "  printer: \(quoted(doc.printer))",
            "  # 附注的联系人，印在成文日期下方，如（联系人：张三；联系电话：0871-12345678）；与联系电话都留空则不印附注。",
            "  contact_name: \(quoted(doc.contactName))",
            "  # 附注的联系电话（办公电话）。",
            "  contact_phone: \(quoted(doc.contactPhone))",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `report_working_days 1–250、…`, from `ConfigurationBounds` (said once there).
    static var boundsSummary: String {
        typealias B = ConfigurationBounds
        func range(_ r: ClosedRange<Double>) -> String { "\(Int(r.lowerBound))–\(Int(r.upperBound))" }
        return ["report_working_days \(range(B.reportWorkingDays))", "deadlines \(range(B.deadlineMinutes)) 分钟",
                "inactivity_days \(range(B.inactivityDays))", "thresholds.error_rate_permille \(range(B.errorRatePermille))",
                "其他 thresholds \(range(B.countThreshold))", "weights、caps、full_score、improvement_margin、ideology \(range(B.points))",
                "min_posts \(range(B.minPosts))", "calendar 的日期范围不超过 \(B.calendarRangeDays) 天"].joined(separator: "、")
    }

    /// Every key of `Rules`, commented.
    private static func rulesLines(_ r: Rules, indent i: String) -> [String] {
        let d = r.deadlines, t = r.thresholds, w = r.weights, c = r.caps, ideology = r.ideology
        let systems = r.requiredSystems.map { "\($0.code)（\($0.chinese)）" }.joined(separator: "、")
        return [
            "\(i)# 工作时间：工作日内的时段，左闭右开，HH:MM-HH:MM；其余时间及节假日为非工作时间（第15条）。",
            "\(i)working_hours:\(list(r.workingHours, indent: i + "  "))",
            "\(i)# 整改时限（分钟），从推送时间起按自然时间计算（第15条）。",
            "\(i)deadlines:",
            "\(i)  # 工作时间内推送的一般问题：1小时内整改。",
            "\(i)  general_working_time: \(d.generalInWorkingTime)",
            "\(i)  # 工作时间内推送的严重问题：30分钟内整改。",
            "\(i)  serious_working_time: \(d.seriousInWorkingTime)",
            "\(i)  # 非工作时间或节假日推送的一般问题：4小时内整改。",
            "\(i)  general_off_hours: \(d.generalOffHours)",
            "\(i)  # 非工作时间或节假日推送的严重问题：2小时内整改。",
            "\(i)  serious_off_hours: \(d.seriousOffHours)",
            "\(i)# 长期不发布：最长连续未更新天数达到此值即为不活跃（第19条）。",
            "\(i)inactivity_days: \(r.inactivityDays)",
            "\(i)# 必须建立的制度，按此顺序列出：\(systems)（第12、14、15条）；可写中文或英文代码。",
            "\(i)required_systems:\(list(r.requiredSystems.map(\.code), indent: i + "  "))",
            "\(i)# 第19条六项情形的触发条件（达到即触发）。",
            "\(i)thresholds:",
            "\(i)  # 错误率高：巡查错误率（‰）达到此值。",
            "\(i)  error_rate_permille: \(t.errorRatePermille)",
            "\(i)  # 错误率高：严重错误数达到此值。",
            "\(i)  serious_errors: \(t.seriousErrors)",
            "\(i)  # 长期不发布：不活跃账号数达到此值。",
            "\(i)  inactive_media: \(t.inactiveMedia)",
            "\(i)  # 运维不认真：严重问题超时（含逾期未改）数达到此值。",
            "\(i)  late_serious: \(t.lateSerious)",
            "\(i)  # 运维不认真：超时整改（含逾期未改）数达到此值。",
            "\(i)  late_fixes: \(t.lateFixes)",
            "\(i)  # 制度不健全：缺少的制度数达到此值。",
            "\(i)  missing_systems: \(t.missingSystems)",
            "\(i)  # 制度不健全：无在编在岗主要编辑的账号数达到此值（第12条）。",
            "\(i)  staffing_gaps: \(t.staffingGaps)",
            "\(i)  # 落实不得力：逾期未整改问题数达到此值。",
            "\(i)  unfixed_overdue: \(t.unfixedOverdue)",
            "\(i)  # 落实不得力：未接入日常巡查的账号数达到此值（第15条）。",
            "\(i)  unmonitored_media: \(t.unmonitoredMedia)",
            "\(i)  # 群众不满意：查实的投诉数达到此值。",
            "\(i)  complaints: \(t.complaints)",
            "\(i)# 扣分权重：每项每个计数扣的分数。",
            "\(i)weights:",
            "\(i)  # 错误率每1‰扣分（第19条“错误率高”）。",
            "\(i)  error_rate: \(w.errorRate)",
            "\(i)  # 每个严重错误扣分。",
            "\(i)  serious_error: \(w.seriousError)",
            "\(i)  # 每个不活跃账号扣分（第19条“长期不发布”）。",
            "\(i)  inactive_media: \(w.inactiveMedia)",
            "\(i)  # 每个一般问题超时整改扣分（第15条）。",
            "\(i)  late_fix: \(w.lateFix)",
            "\(i)  # 每个严重问题超时整改扣分（第15条）。",
            "\(i)  late_serious: \(w.lateSerious)",
            "\(i)  # 每缺一项制度扣分（第12、14、15条）。",
            "\(i)  missing_system: \(w.missingSystem)",
            "\(i)  # 每个无在编在岗主要编辑的账号扣分（第12条）。",
            "\(i)  staffing_gap: \(w.staffingGap)",
            "\(i)  # 每件查实投诉扣分（第19条“群众不满意”）。",
            "\(i)  complaint: \(w.complaint)",
            "\(i)# 各项扣分上限。",
            "\(i)caps:",
            "\(i)  # 错误率扣分上限。",
            "\(i)  error: \(c.error)",
            "\(i)  # 长期不发布扣分上限。",
            "\(i)  inactivity: \(c.inactivity)",
            "\(i)  # 超时整改扣分上限。",
            "\(i)  late: \(c.late)",
            "\(i)  # 制度与人员扣分上限。",
            "\(i)  systems: \(c.systems)",
            "\(i)  # 投诉扣分上限。",
            "\(i)  complaints: \(c.complaints)",
            "\(i)# 满分：扣分前的起始分。",
            "\(i)full_score: \(r.fullScore)",
            "\(i)# 明显改进：比上季度提高至少这么多分（按百分位比较）即视为有改进，不予通报（第19条）。",
            "\(i)improvement_margin: \(r.improvementMargin)",
            "\(i)# 意识形态责任制考核扣分（第20条）：min(上限, 基础分 + 每起重大问题扣分 × 重大问题数)。",
            "\(i)ideology:",
            "\(i)  # 无处理时的基础扣分。",
            "\(i)  base_none: \(ideology.baseNone)",
            "\(i)  # 发整改函时的基础扣分。",
            "\(i)  base_letter: \(ideology.baseLetter)",
            "\(i)  # 通报时的基础扣分。",
            "\(i)  base_notice: \(ideology.baseNotice)",
            "\(i)  # 每起重大问题（严重的表述错误、泄密、隐私泄露、数据造假）扣分。",
            "\(i)  major_incident: \(ideology.majorIncident)",
            "\(i)  # 意识形态扣分上限。",
            "\(i)  cap: \(ideology.cap)",
            "\(i)  # 年度扣分上限：assess year 汇总全年时，单位四个季度扣分之和最多扣到此值；留空表示不设上限。",
            "\(i)  annual_cap:\(ideology.annualCap.map { " \($0)" } ?? "")",
        ]
    }

    /// ` []` or the items as a block list on the following lines.
    private static func list(_ items: [String], indent: String) -> String {
        items.isEmpty ? " []" : items.map { "\n\(indent)- \(quoted($0))" }.joined()
    }

    /// A YAML double-quoted scalar.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
