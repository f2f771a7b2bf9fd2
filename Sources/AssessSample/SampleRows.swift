import AssessCore

/// The rows of each generated table: plausible names, categories and times, drawn from `SampleRandom`.
enum SampleRows {
    static let regions = ["市级", "市级", "市级", "五华区", "盘龙区", "官渡区", "西山区", "东川区", "呈贡区", "晋宁区",
                          "富民县", "宜良县", "石林彝族自治县", "嵩明县", "禄劝彝族苗族自治县", "寻甸回族彝族自治县", "安宁市"]
    static let departments: [(String, UnitCategory)] = [
        ("委宣传部", .party), ("委组织部", .party), ("人大常委会办公室", .congress), ("人民政府办公室", .government),
        ("教育体育局", .government), ("卫生健康委员会", .government), ("市场监督管理局", .government),
        ("政协办公室", .cppcc), ("人民法院", .court), ("人民检察院", .procuratorate), ("民盟委员会", .democraticParty),
        ("志愿者协会", .socialOrg), ("融媒体中心", .institution), ("不动产登记中心", .institution),
        ("城市建设投资集团", .soe), ("第一中学", .school), ("人民医院", .hospital), ("广播电视台", .media),
    ]
    static let kinds: [MediaKind] = [.website, .wechat, .wechat, .weibo, .douyin, .toutiao, .kuaishou, .channels, .app, .other]
    static let findingCategories: [FindingCategory] = [.typo, .typo, .typo, .brokenLink, .brokenLink, .wrongExpression,
                                                       .notUpdated, .inaccessible, .advertising, .privacyLeak, .other]

    static func unitID(_ u: Int) -> String { "U" + pad(u, 6) }
    static func mediaID(_ m: Int) -> String { "M" + pad(m, 7) }

    static func unit(_ u: Int, random: inout SampleRandom) -> [String] {
        let region = random.pick(regions)
        let (department, category) = random.pick(departments)
        let place = region == "市级" ? "昆明市" : region
        let adminFunction = category == .institution && random.chance(0.4) ? "是" : "否"
        return [unitID(u), place + department + (u >= departments.count ? "（\(u)）" : ""), category.chinese,
                adminFunction, region]
    }

    static func editors(_ u: Int, random: inout SampleRandom) -> [[String]] {
        let staffed = random.chance(0.95) ? "是" : "否"
        return [
            [unitID(u), "", "张" + surname(u), "主要负责人", "是", phone(&random)],
            [unitID(u), "", "李" + surname(u + 7), "主要编辑", staffed, phone(&random)],
            [unitID(u), "", "王" + surname(u + 13), "编辑", "是", ""],
        ]
    }

    static func systems(_ u: Int, quarter: Quarter, random: inout SampleRandom) -> [[String]] {
        SystemKind.allCases.compactMap { system in
            guard random.chance(0.93) else { return nil }
            let established = quarter.startDay.adding(days: -random.below(1500) - 1)
            return [unitID(u), system.chinese, established.description, "\(system.chinese)制度〔\(established.year)〕\(random.below(30) + 1)号"]
        }
    }

    static func complaints(_ u: Int, mediaPerUnit: Int, quarter: Quarter, random: inout SampleRandom) -> [[String]] {
        guard random.chance(0.2) else { return [] }
        return (0..<(1 + random.below(4))).map { k in
            let at = LocalDateTime(day: quarter.startDay.adding(days: random.below(90)), hour: 8 + random.below(10),
                                   minute: random.below(60))
            return ["C\(pad(u, 6))-\(k)", unitID(u), "", at.description, random.chance(0.6) ? "是" : "否",
                    random.pick(["12345", "留言板", "来信"])]
        }
    }

    /// The media row, its kind and its window in the quarter.
    static func media(_ m: Int, unit u: Int, unitName: String, quarter: Quarter,
                      random: inout SampleRandom) -> ([String], MediaKind, DayRange) {
        let kind = random.pick(kinds)
        var opened = quarter.startDay.adding(days: -random.below(2000) - 30)
        var closed: Day?
        var status = MediaStatus.active
        if random.chance(0.03) { opened = quarter.startDay.adding(days: random.below(80)) }
        if random.chance(0.03) {
            // Closed after it opened (a closure before the opening would be rejected), maybe past the quarter.
            closed = max(quarter.startDay.adding(days: 10), opened.adding(days: 1)).adding(days: random.below(80))
            status = random.chance(0.5) ? .suspended : .closed
        }
        let start = max(quarter.startDay, opened)
        let end = min(quarter.endDay, closed ?? quarter.endDay)
        let address = kind == .website ? "https://www.km\(u).gov.cn/" : "km_\(u)_\(kind.code)"
        let row = [mediaID(m), unitID(u), kind.chinese, unitName + kind.chinese, address, status.chinese,
                   opened.description, closed?.description ?? ""]
        return (row, kind, DayRange(start: start, end: max(start, end)))
    }

    /// Inspections, posts and findings of one media (of `kind`, unit `u`), day by day over its window; their
    /// free text from `text`, a stream of its own.
    static func activity(media m: Int, kind: MediaKind, unit u: Int, window: DayRange, random: inout SampleRandom,
                         text: inout SampleRandom, findingCount: inout Int,
                         inspections: SampleFileWriter, posts: SampleFileWriter, findings: SampleFileWriter) throws {
        let id = mediaID(m)
        let monitored = random.chance(0.97)
        let postRate = random.chance(0.05) ? 0.3 : 0.92
        var day = window.start
        while day < window.end {
            if monitored, random.chance(0.86) {
                let items = 4 + random.below(17)
                try inspections.row([id, day.description, String(items)])
                for _ in 0..<items where random.chance(0.01) {
                    findingCount += 1
                    try findings.row(finding(findingCount, media: id, kind: kind, unit: u, day: day, random: &random,
                                             text: &text))
                }
            }
            if random.chance(postRate) {
                let at = LocalDateTime(day: day, hour: 7 + random.below(15), minute: random.below(60), second: random.below(60))
                let title = SampleText.postTitle(number: random.below(900) + 1, random: &text)
                try posts.row([id, at.description, title])
            }
            day = day.adding(days: 1)
        }
    }

    static func finding(_ n: Int, media: String, kind: MediaKind, unit u: Int, day: Day, random: inout SampleRandom,
                        text: inout SampleRandom) -> [String] {
        let detected = LocalDateTime(day: day, hour: random.below(24), minute: random.below(60), second: random.below(60))
        let notified = detected.adding(minutes: random.below(40))
        let serious = random.chance(0.08)
        let roll = random.below(100)
        let fixed: LocalDateTime? = roll < 5 ? nil : notified.adding(minutes: roll < 15 ? 150 + random.below(300) : 5 + random.below(50))
        let category = random.pick(findingCategories)
        return ["F\(pad(n, 8))", media, detected.description, category.chinese,
                serious ? "严重" : "一般", notified.description, fixed?.description ?? "",
                random.chance(0.03) ? "误报" : "有效", random.chance(0.8) ? "系统扫描" : "人工检查",
                SampleText.findingURL(kind: kind, unit: u, day: day, random: &text),
                SampleText.findingDescription(category, day: day, random: &text)]
    }

    static func surname(_ n: Int) -> String {
        let given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明"]
        return given[n % given.count] + given[(n / given.count) % given.count]
    }

    static func phone(_ random: inout SampleRandom) -> String {
        "13" + pad(random.below(1_000_000_000), 9)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
