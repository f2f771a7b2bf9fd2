import AssessCore

/// Free text of realistic length for generated rows (issue 20): post titles, finding descriptions and finding URLs
/// as an office's export holds them — a post title of 10–40 characters, a description of one or two sentences
/// naming the page, a link to the page. Drawn from their own `SampleRandom` stream, so the rest of the generated
/// data (which rows exist, their times and categories) is the same as without the text.
enum SampleText {
    static let topics = [
        "优化营商环境", "安全生产大检查", "城乡人居环境整治", "防汛抗旱", "乡村振兴", "民生实事项目推进", "基层治理能力提升",
        "森林草原防灭火", "创建全国文明城市", "党纪学习教育", "高标准农田建设", "食品安全监督抽检", "义务教育阶段学校招生",
        "城镇老旧小区改造", "医疗保障政策宣传", "文化旅游消费季", "河湖长制", "扫黑除恶常态化", "生态环境保护督察整改",
        "招商引资", "重点项目建设", "就业创业服务", "信访积案化解", "国家安全教育", "消防安全隐患排查", "秋季开学",
        "疫苗接种", "政务服务“一网通办”", "“12345”热线办理", "耕地保护",
    ]
    static let actions = [
        "召开专题会议", "开展专项行动", "举办培训班", "部署推进工作", "召开工作推进会", "开展督导检查", "召开新闻发布会",
        "开展集中宣传活动", "调研指导工作", "召开座谈会", "通报工作进展", "公布第一批名单",
    ]
    static let places = [
        "昆明市", "五华区", "盘龙区", "官渡区", "西山区", "东川区", "呈贡区", "晋宁区", "富民县", "宜良县", "石林彝族自治县",
        "嵩明县", "禄劝彝族苗族自治县", "寻甸回族彝族自治县", "安宁市",
    ]
    static let columns = ["工作动态", "通知公告", "政策解读", "政府信息公开", "部门动态", "基层风采", "图片新闻", "专题专栏", "办事指南", "互动交流"]
    static let columnPaths = ["gzdt", "tzgg", "zcjd", "zfxxgk", "bmdt", "jcfc", "tpxw", "ztzl", "bszn", "hdjl"]
    static let typos: [(wrong: String, right: String)] = [
        ("按装", "安装"), ("布署", "部署"), ("贯切", "贯彻"), ("既使", "即使"), ("再接再励", "再接再厉"), ("迫不急待", "迫不及待"),
        ("一愁莫展", "一筹莫展"), ("谈笑风声", "谈笑风生"), ("严励", "严厉"), ("渡过难关", "度过难关"), ("签定", "签订"), ("帐号", "账号"),
    ]
    static let expressions: [(wrong: String, right: String)] = [
        ("全国人大代表大会", "全国人民代表大会"), ("十四五规划", "“十四五”规划"), ("新冠肺炎", "新冠病毒感染"),
        ("残废人", "残疾人"), ("农民工子女", "随迁子女"), ("智障人士", "智力残疾人"),
    ]
    static let adverts = ["网络游戏推广", "理财产品推荐", "医疗美容促销", "保健品销售", "网贷平台"]

    /// A post title; `number` is the issue number the main stream already drew.
    static func postTitle(number: Int, random: inout SampleRandom) -> String {
        let topic = random.pick(topics)
        switch random.below(5) {
        case 0: return "\(random.pick(places))\(random.pick(actions))部署\(topic)工作"
        case 1: return "关于做好\(topic)工作的通知"
        case 2: return "\(random.pick(places))：\(topic)取得阶段性成效"
        case 3: return "工作动态第\(number)期｜\(topic)"
        default: return "【\(random.pick(columns))】\(random.pick(places))\(random.pick(actions))推进\(topic)"
        }
    }

    /// The page a finding was found on: on the unit's website for a website, a platform's article link otherwise.
    static func findingURL(kind: MediaKind, unit: Int, day: Day, random: inout SampleRandom) -> String {
        let id = 1_000_000 + random.below(9_000_000)
        let date = String(day.description.filter { $0 != "-" })
        switch kind {
        case .website, .other:
            let column = random.below(columnPaths.count)
            return "https://www.km\(unit).gov.cn/\(columnPaths[column])/\(date.prefix(6))/t\(date)_\(id).html"
        case .wechat:
            return "https://mp.weixin.qq.com/s/\(token(22, random: &random))"
        case .weibo:
            return "https://weibo.com/\(id)/\(token(9, random: &random))"
        case .douyin:
            return "https://www.douyin.com/video/7\(id)\(id)\(id / 1000)"
        case .toutiao:
            return "https://www.toutiao.com/article/7\(id)\(id)\(id / 1000)/"
        case .kuaishou:
            return "https://www.kuaishou.com/short-video/\(token(15, random: &random))"
        case .channels:
            return "https://channels.weixin.qq.com/web/pages/feed?id=\(token(20, random: &random))"
        case .app:
            return "https://app.km\(unit).gov.cn/news/\(date)/\(id).html"
        }
    }

    /// One or two sentences on what is wrong, where, and what to do, by category.
    static func findingDescription(_ category: FindingCategory, day: Day, random: inout SampleRandom) -> String {
        let column = random.pick(columns)
        let title = postTitle(number: random.below(900) + 1, random: &random)
        let paragraph = random.below(12) + 1
        switch category {
        case .typo:
            let typo = random.pick(typos)
            return "“\(column)”栏目发布的《\(title)》正文第\(paragraph)段将“\(typo.right)”误写为“\(typo.wrong)”，"
                + "请核实更正，并对同类稿件举一反三开展排查。"
        case .wrongExpression:
            let expression = random.pick(expressions)
            return "《\(title)》第\(paragraph)段使用“\(expression.wrong)”的表述不规范，应为“\(expression.right)”，请按规范表述修改。"
        case .brokenLink:
            return "“\(column)”栏目中《\(title)》的附件链接无法打开，返回404错误页面，请修复或删除失效链接。"
        case .notUpdated:
            return "“\(column)”栏目最近一次更新为\(day.adding(days: -(30 + random.below(200))))，已超过规定的更新周期，"
                + "请及时更新栏目内容，或按规定整合、撤销空白栏目。"
        case .inaccessible:
            return "巡查时段内连续\(3 + random.below(8))次访问首页均连接超时，网站无法正常访问，请检查服务器及网络运行状态并报告原因。"
        case .advertising:
            return "“\(column)”栏目页面右侧出现与政务无关的\(random.pick(adverts))广告弹窗，请立即清理，并排查页面引用的第三方代码。"
        case .privacyLeak:
            let phone = random.chance(0.5) ? "及联系电话13\(random.below(10))\(1000_0000 + random.below(9000_0000))" : ""
            return "《\(title)》附件公示名单中包含个人身份证号码\(phone)，涉及泄露个人隐私，请立即删除相关内容并做好技术处理。"
        case .secretLeak:
            return "《\(title)》附件中含有标注内部资料的文件内容，疑似泄露工作秘密，请立即撤下并按程序报告。"
        case .fakeData:
            return "《\(title)》中公布的统计数据与上级发布的数据不一致，请核实数据来源并更正。"
        case .other:
            return "“\(column)”栏目页面排版错乱、图片无法正常显示，影响浏览体验，请排查修复。"
        }
    }

    private static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-")

    private static func token(_ length: Int, random: inout SampleRandom) -> String {
        String((0..<length).map { _ in alphabet[random.below(alphabet.count)] })
    }
}
