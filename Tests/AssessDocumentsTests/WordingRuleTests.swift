import Foundation
import Testing

/// Each wording rule of documents.md, on SampleData's letters and notice, in both formats.
@Suite struct WordingRuleTests {
    /// Both texts of a letter or the notice: the Markdown as written and the Word document's paragraphs.
    static func texts(_ path: String) throws -> [String] {
        [try SampleDocuments.markdown(path + ".md"),
         SameTextTests.docxText(try SampleDocuments.docx(path + ".docx")).joined(separator: "\n")]
    }

    static func allPaths() throws -> [String] {
        try ["notice"] + SampleDocuments.letterUnits().map { "letters/\($0)" }
    }

    /// KM011's error-rate criterion held by four serious errors at 0.08‰ (SampleData/README.md).
    @Test func aTriggerIsNamedByWhatHeld() throws {
        for text in try Self.texts("letters/KM011") {
            #expect(text.contains("（一）出现严重错误"))
            #expect(!text.contains("（一）错误率高"))
            #expect(text.contains("错误率0.08‰，未达到2.00‰的标准，但其中严重问题4个"))
        }
        for text in try Self.texts("notice") {
            #expect(text.contains("存在出现严重错误方面的问题"))
            #expect(text.contains("昆明地铁的泄密"), "the serious errors are named")
        }
        // A rate at or above the threshold is still called so (KM003: 2.50‰).
        for text in try Self.texts("letters/KM003") { #expect(text.contains("（一）错误率高")) }
    }

    @Test func articlesAreParaphrasedNotQuotedAndArticle20SaysAdverseConsequences() throws {
        for path in try Self.allPaths() {
            for text in try Self.texts(path) {
                #expect(text.range(of: #"第[一二三四五六七八九十]+条[：:]"#, options: .regularExpression) == nil, "\(path)")
                #expect(!text.contains("“") && !text.contains("”"), "\(path)")
                #expect(!text.contains("不良影响"), "\(path)")
            }
        }
        for text in try Self.texts("letters/KM011") { #expect(text.contains("第二十条关于违反本办法造成不良后果的")) }
    }

    @Test func eachProblemCitesTheArticleRequiringIt() throws {
        for unit in try SampleDocuments.letterUnits() {
            let paragraphs = try SampleDocuments.docx("letters/\(unit).docx").paragraphs
            for (index, text) in paragraphs.enumerated() where NumberingLevelTests.level(text)?.0 == 2 {
                #expect(paragraphs[index + 1].range(of: #"（《办法》第[一二三四五六七八九十、第]+条）。$"#,
                                                      options: .regularExpression) != nil, "\(unit): \(text)")
            }
        }
        let systems: [String: String] = ["三审": "第十二条", "应急响应": "第十四条", "安全管理": "第十五条",
                                         "保密审查": "第十五条", "应急预案": "第十五条"]
        var seen = 0
        for unit in ["KM005", "KM006", "KM022"] {
            for text in try Self.texts("letters/\(unit)") {
                for (system, article) in systems where text.contains("）\(system)制度（") {
                    #expect(text.contains("）\(system)制度（《办法》\(article)）"), "\(unit) \(system)")
                    seen += 1
                }
            }
        }
        #expect(seen > 0)
        for path in try Self.allPaths() {
            for text in try Self.texts(path) where text.contains("未接入日常巡查纠错系统的网站或新媒体账号") {
                #expect(text.contains("未接入日常巡查纠错系统的网站或新媒体账号（《办法》第十五条）"))
            }
        }
    }

    @Test func theNoticeNamesTheEarlierLetterNotThisQuartersNumber() throws {
        let earlier = try SampleDocuments.q2Scores("letter_no")
        let now = try SampleDocuments.q3Scores("letter_no")
        let decisions = try SampleDocuments.q3Scores("decision")
        let named = decisions.filter { $0.value == "notice" }.map(\.key).sorted()
        #expect(named.count == 4)
        for text in try Self.texts("notice") {
            for unit in named {
                let number = try #require(earlier[unit])
                #expect(text.contains("2026年第2季度我办已向该单位发出整改函（\(number)）"), "\(unit)")
                #expect(!text.contains(try #require(now[unit])), "\(unit): this quarter's number")
            }
        }
    }

    /// KM016: a serious finding fixed at 10:00:01 against a 10:00 deadline (SampleData/README.md).
    @Test func aFixOneSecondLateShowsItsSeconds() throws {
        for text in try Self.texts("letters/KM016") {
            #expect(text.contains("2026年9月20日 10:00:00前）；2026年9月20日 10:00:01整改"))
            #expect(text.contains("超出时限1秒"))
        }
    }

    @Test func noEtceteraAfterACompleteList() throws {
        for path in try Self.allPaths() {
            for text in try Self.texts(path) { #expect(!text.contains("等"), "\(path)") }
        }
    }

    @Test func missingSystemsAreListedOnce() throws {
        for unit in ["KM005", "KM006", "KM022"] {
            for text in try Self.texts("letters/\(unit)") {
                guard let start = text.range(of: "制度不健全") else { continue }
                let section = text[start.upperBound...]
                let end = section.range(of: "二、依据")?.lowerBound ?? section.endIndex
                let body = String(section[..<end])
                for system in ["三审", "应急响应", "安全管理", "保密审查", "应急预案"] {
                    #expect(body.components(separatedBy: system).count - 1 <= 1, "\(unit) \(system)")
                }
            }
        }
    }

    @Test func theTitleStatesTheSubject() throws {
        let names = try SampleDocuments.q3Scores("unit_name")
        for unit in try SampleDocuments.letterUnits() {
            let title = try #require(try SampleDocuments.docx("letters/\(unit).docx").paragraphs(style: "DocTitle").first)
            let name = try #require(names[unit])
            #expect(title.text.replacingOccurrences(of: "\n", with: "") == "关于\(name)网站及新媒体2026年第3季度存在问题的整改函")
            #expect(try SampleDocuments.markdown("letters/\(unit).md").contains("\n## 关于"))
        }
        let notice = try #require(try SampleDocuments.docx("notice.docx").paragraphs(style: "DocTitle").first)
        #expect(notice.text.replacingOccurrences(of: "\n", with: "") == "关于2026年第3季度党政群网站及新媒体考核情况的通报")
    }

    @Test func aTitleBreaksBetweenWords() throws {
        let title = try #require(try SampleDocuments.docx("letters/KM011.docx").paragraphs(style: "DocTitle").first)
        #expect(title.text == "关于昆明轨道交通集团有限公司网站及新媒体\n2026年第3季度存在问题的整改函")
    }

    @Test func theSupervisorIsInCopyToNotTheBody() throws {
        let supervisors = try SampleDocuments.q3Scores("supervisor")
        for unit in try SampleDocuments.letterUnits() {
            let doc = try SampleDocuments.docx("letters/\(unit).docx")
            let supervisor = try #require(supervisors[unit])
            #expect(!doc.paragraphs.contains { $0.contains("主管单位") }, "\(unit)")
            #expect(!doc.paragraphs.contains { $0.contains(supervisor) }, "\(unit)")
            #expect(doc.record?.rows.first == "抄送：\(supervisor)。")
            #expect(try SampleDocuments.markdown("letters/\(unit).md").contains("\n抄送：\(supervisor)。\n"))
        }
    }
}

/// A finding that two criteria concern (late and counted in the error rate) is listed once, under the first.
@Suite struct ListedOnceTests {
    @Test func eachFindingIsListedOnceInALetter() throws {
        var referred = 0
        for unit in try SampleDocuments.letterUnits() {
            let paragraphs = try SampleDocuments.docx("letters/\(unit).docx").paragraphs
            let findings = paragraphs.filter { $0.contains("发现") && $0.contains("通知，整改时限") }
                .map { String($0.drop { $0 != " " }) }
            #expect(Set(findings).count == findings.count, "\(unit)")
            referred += paragraphs.filter { $0.hasPrefix("另有") && $0.contains("中列出") }.count
        }
        #expect(referred > 0)
    }
}
