import AssessCore
import Testing
@testable import AssessInput

/// One rejected row per case: the file, its contents, and the column and reason expected.
struct RejectCase: CustomTestStringConvertible, Sendable {
    var name: String
    var file: String
    var text: String
    var column: String
    var reason: String
    var line = 2
    var testDescription: String { name }
}

@Suite struct RejectRuleTests {
    static let cases: [RejectCase] = [
        // Rule 1: required absent or unparsable.
        RejectCase(name: "unit name absent", file: "units.csv",
                   text: DataDirectory.units + "U9,,政府,市级\n", column: "name", reason: "缺少必填值“单位名称”", line: 4),
        RejectCase(name: "unit category unknown", file: "units.csv",
                   text: DataDirectory.units + "U9,甲,政府部门,市级\n", column: "category", reason: "单位类别“政府部门”不是可接受的值", line: 4),
        RejectCase(name: "admin_function not a bool", file: "units.csv",
                   text: "unit_id,name,category,region,admin_function\nU1,甲,政府,五华区,\nU2,乙,事业单位,市级,是\nU9,甲,事业单位,市级,也许\n",
                   column: "admin_function", reason: "具有行政职能“也许”不是有效的是/否值", line: 4),
        RejectCase(name: "detected_at not a datetime", file: "findings.csv",
                   text: "finding_id,media_id,detected_at,category,severity,notified_at\nF9,M1,2026-13-01 09:00,错别字,一般,2026-07-01 09:10\n",
                   column: "detected_at", reason: "发现时间“2026-13-01 09:00”不是有效的日期时间（应为 2026-07-01 09:30）"),
        RejectCase(name: "opened_on not a date", file: "media.csv",
                   text: DataDirectory.media + "M9,U1,网站,甲,运行,2026.07.01,\n", column: "opened_on",
                   reason: "开设日期“2026.07.01”不是有效的日期", line: 4),
        RejectCase(name: "items_checked not an int", file: "inspections.csv",
                   text: "media_id,date,items_checked\nM1,2026-07-01,12.5\n", column: "items_checked", reason: "检查条数“12.5”不是有效的整数"),
        RejectCase(name: "on_staff absent", file: "editors.csv",
                   text: "unit_id,name,role,on_staff\nU1,张三,编辑,\n", column: "on_staff", reason: "缺少必填值“在编在岗”"),
        RejectCase(name: "system unknown", file: "systems.csv",
                   text: "unit_id,system,established_on\nU1,值班制度,2025-01-01\n", column: "system", reason: "制度“值班制度”不是可接受的值"),
        RejectCase(name: "complaint without unit and media", file: "complaints.csv",
                   text: "complaint_id,unit_id,media_id,received_at,substantiated\nC1,,,2026-07-01 09:00,是\n", column: "unit_id",
                   reason: "至少填写其中一个"),
        RejectCase(name: "post time absent", file: "posts.csv",
                   text: "media_id,published_at,title\nM1,,标题\n", column: "published_at", reason: "缺少必填值“发布时间”"),
        // Rule 2: duplicate ids, the first wins.
        RejectCase(name: "duplicate unit", file: "units.csv",
                   text: DataDirectory.units + "U1,乙,政府,市级\n", column: "unit_id",
                   reason: "单位编码“U1”与第 2 行重复", line: 4),
        RejectCase(name: "duplicate media", file: "media.csv",
                   text: "media_id,unit_id,kind,name,status\nM1,U1,网站,甲,运行\nM2,U2,网站,乙,运行\nM1,U1,网站,丙,运行\n",
                   column: "media_id", reason: "与第 2 行重复", line: 4),
        RejectCase(name: "duplicate finding", file: "findings.csv",
                   text: "finding_id,media_id,detected_at,category,severity,notified_at\nF1,M1,2026-07-01 09:00,错别字,一般,2026-07-01 09:10\nF1,M1,2026-07-02 09:00,错别字,一般,2026-07-02 09:10\n",
                   column: "finding_id", reason: "问题编号“F1”与第 2 行重复", line: 3),
        RejectCase(name: "duplicate complaint", file: "complaints.csv",
                   text: "complaint_id,unit_id,received_at,substantiated\nC1,U1,2026-07-01 09:00,是\nC1,U2,2026-07-01 09:00,否\n",
                   column: "complaint_id", reason: "投诉编号“C1”与第 2 行重复", line: 3),
        // Rule 3: references to no accepted row.
        RejectCase(name: "media of unknown unit", file: "media.csv",
                   text: "media_id,unit_id,kind,name,status\nM1,U1,网站,甲,运行\nM2,U2,网站,乙,运行\nM3,U9,网站,丙,运行\n",
                   column: "unit_id", reason: "单位编码“U9”在 units.csv 中没有被接受的记录", line: 4),
        RejectCase(name: "finding of unknown media", file: "findings.csv",
                   text: "finding_id,media_id,detected_at,category,severity,notified_at\nF1,M9,2026-07-01 09:00,错别字,一般,2026-07-01 09:10\n",
                   column: "media_id", reason: "媒体编码“M9”在 media.csv 中没有被接受的记录"),
        RejectCase(name: "inspection of unknown media", file: "inspections.csv",
                   text: "media_id,date,items_checked\nM9,2026-07-01,5\n", column: "media_id", reason: "媒体编码“M9”在 media.csv 中"),
        RejectCase(name: "post of unknown media", file: "posts.csv",
                   text: "media_id,published_at\nm1,2026-07-01 08:00\n", column: "media_id", reason: "媒体编码“m1”"),
        RejectCase(name: "editor of unknown unit", file: "editors.csv",
                   text: "unit_id,name,role,on_staff\nU9,张三,编辑,是\n", column: "unit_id", reason: "单位编码“U9”在 units.csv"),
        RejectCase(name: "editor of unknown media", file: "editors.csv",
                   text: "unit_id,media_id,name,role,on_staff\nU1,M9,张三,编辑,是\n", column: "media_id", reason: "媒体编码“M9”在 media.csv"),
        RejectCase(name: "system of unknown unit", file: "systems.csv",
                   text: "unit_id,system,established_on\nU9,三审,2025-01-01\n", column: "unit_id", reason: "单位编码“U9”"),
        RejectCase(name: "complaint of unknown media", file: "complaints.csv",
                   text: "complaint_id,media_id,received_at,substantiated\nC1,M9,2026-07-01 09:00,是\n", column: "media_id", reason: "媒体编码“M9”"),
        // Rule 4: table rules.
        RejectCase(name: "closed media without closed_on", file: "media.csv",
                   text: "media_id,unit_id,kind,name,status,closed_on\nM1,U1,网站,甲,运行,\nM2,U2,网站,乙,closed,2026-01-01\nM3,U2,网站,丙,注销,\n",
                   column: "closed_on", reason: "状态为“注销”的媒体必须填写关停日期", line: 4),
        RejectCase(name: "closed before opened", file: "media.csv",
                   text: "media_id,unit_id,kind,name,status,opened_on,closed_on\nM1,U1,网站,甲,运行,,\nM2,U2,网站,乙,运行,,\nM3,U1,网站,丙,运行,2026-01-02,2026-01-01\n",
                   column: "closed_on", reason: "关停日期 2026-01-01 早于开设日期 2026-01-02", line: 4),
        RejectCase(name: "notified before detected", file: "findings.csv",
                   text: "finding_id,media_id,detected_at,category,severity,notified_at\nF1,M1,2026-07-01 09:00,错别字,一般,2026-07-01 08:59\n",
                   column: "notified_at", reason: "通知时间 2026-07-01 08:59:00 早于发现时间"),
        RejectCase(name: "fixed before detected", file: "findings.csv",
                   text: "finding_id,media_id,detected_at,category,severity,notified_at,fixed_at\nF1,M1,2026-07-01 09:00,错别字,一般,2026-07-01 09:00,2026-07-01 01:00+08:00\n",
                   column: "fixed_at", reason: "整改时间 2026-07-01 01:00:00 早于发现时间"),
        RejectCase(name: "editor media of another unit", file: "editors.csv",
                   text: "unit_id,media_id,name,role,on_staff\nU1,M2,张三,主要编辑,是\n", column: "media_id", reason: "媒体“M2”属于单位“U2”，不属于本行的单位“U1”"),
        RejectCase(name: "complaint media of another unit", file: "complaints.csv",
                   text: "complaint_id,unit_id,media_id,received_at,substantiated\nC1,U1,M2,2026-07-01 09:00,是\n", column: "media_id",
                   reason: "媒体“M2”属于单位“U2”"),
        RejectCase(name: "negative items", file: "inspections.csv",
                   text: "media_id,date,items_checked\nM1,2026-07-01,-1\n", column: "items_checked", reason: "检查条数 -1 为负数"),
    ]

    @Test(arguments: cases)
    func rejects(_ c: RejectCase) throws {
        let dir = try DataDirectory([c.file: c.text])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.rejects.count == 1)
        let reject = try #require(result.rejects.first)
        #expect(reject.file == c.file)
        #expect(reject.line == c.line)
        #expect(reject.column == c.column)
        #expect(reject.reason.contains(c.reason), "\(reject.reason)")
        let report = try #require(result.files.first { $0.path.hasSuffix(c.file) })
        #expect(report.rejected == 1 && report.read == report.accepted + report.rejected)
    }

    @Test func theFirstReasonInRuleOrderWins() throws {
        // Unknown media (rule 3) and notified before detected (rule 4) and a bad category (rule 1): rule 1 is given.
        let findings = "finding_id,media_id,detected_at,category,severity,notified_at\nF1,M9,2026-07-01 09:00,错字,一般,2026-07-01 08:00\n"
        let dir = try DataDirectory(["findings.csv": findings])
        defer { dir.delete() }
        #expect(try dir.read().rejects.first?.column == "category")
    }

    @Test func aReferenceToARejectedRowIsRejected() throws {
        let units = "unit_id,name,category,region\nU1,甲,政府,五华区\nU2,,政府,市级\n"
        let dir = try DataDirectory(["units.csv": units])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.rejects.map(\.file) == ["units.csv", "media.csv", "posts.csv"])
        #expect(result.data.media.map(\.id) == ["M1"])
    }
}
