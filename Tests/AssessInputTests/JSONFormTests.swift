import AssessCore
import Foundation
import Testing
import TestSupport
@testable import AssessInput

@Suite struct JSONFormTests {
    @Test func jsonArrayOfObjects() throws {
        let units = """
            [ {"unit_id": "U1", "单位名称": "甲\\u3000局", "category": "政府", "region": "五华区", "admin_function": true},
              {"unit_id": "U2", "name": "乙", "category": "institution", "region": "市级", "admin_function": "否", "extra": [1, {"a": 2}]} ]
            """
        let dir = try DataDirectory(["units.json": units], omitting: ["units.csv"])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.rejects.isEmpty)
        #expect(result.data.units.map(\.name) == ["甲\u{3000}局", "乙"])
        #expect(result.data.units.map(\.adminFunction) == [true, false])
        #expect(dir.report("units", in: result)?.format == .json)
    }

    @Test func jsonNumbersBooleansNullsAndEmptyStrings() throws {
        let inspections = """
            [{"media_id": "M1", "date": "2026-07-01", "items_checked": 30},
             {"media_id": "M1", "date": "2026-07-02", "items_checked": 2.5},
             {"media_id": "M1", "date": null, "items_checked": 1},
             {"media_id": "", "date": "2026-07-02", "items_checked": 1},
             {"media_id": "M1", "date": "2026-07-03", "items_checked": "4"}]
            """
        let dir = try DataDirectory(["inspections.json": inspections], omitting: ["inspections.csv"])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.data.activity[0].itemsChecked == 34)
        #expect(result.rejects.map(\.line) == [2, 3, 4])
        #expect(result.rejects.map(\.column) == ["items_checked", "date", "media_id"])
        #expect(result.rejects.first?.raw == #"{"media_id": "M1", "date": "2026-07-02", "items_checked": 2.5}"#)
    }

    @Test func nestedValueInAUsedColumnIsRejected() throws {
        let posts = """
            [{"media_id": "M1", "published_at": "2026-07-01 08:00", "title": {"text": "x"}},
             {"media_id": "M1", "published_at": "2026-07-01 08:00", "ignored": {"deep": [[[]]]}}]
            """
        let dir = try DataDirectory(["posts.json": posts], omitting: ["posts.csv"])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.rejects.map(\.column) == ["title"])
        #expect(result.data.activity[0].postsInQuarter == 1)
    }

    @Test func hostileNestingDoesNotCrash() throws {
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        let posts = "[{\"media_id\": \"M1\", \"published_at\": \"2026-07-01 08:00\", \"title\": \(deep)}]"
        let dir = try DataDirectory(["posts.json": posts], omitting: ["posts.csv"])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.rejects.count == 1)
    }

    @Test func jsonLinesSkipBlankLinesAndRejectNonObjects() throws {
        let posts = """
            {"media_id": "M1", "published_at": "2026-07-01T00:30:00Z"}

            [1, 2]
            {"media_id": "M1", "published_at": "2026-07-02 08:00" } trailing
            {"媒体编码": "M2", "发布时间": "2026-07-03 08:00:00.123+08:00", "标题": "带\\"引号\\"的标题"}\r
            """
        let dir = try DataDirectory(["posts.jsonl": posts], omitting: ["posts.csv"])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.rejects.map(\.line) == [2, 3])
        #expect(result.rejects.allSatisfy { $0.reason.contains("JSON 对象") })
        #expect(result.rejects.first?.raw == "[1, 2]")
        #expect(result.data.activity[0].firstPost == Fixtures.time("2026-07-01 08:30"))
        #expect(result.data.activity[1].postsInQuarter == 1)
        let report = try #require(dir.report("posts", in: result))
        #expect(report.format == .jsonl && report.read == 4 && report.accepted == 2)
    }

    @Test func repeatedKeyKeepsTheFirstValue() throws {
        let units = #"[{"unit_id": "U1", "name": "甲", "单位名称": "乙", "category": "党委", "region": "市级"}, {"unit_id": "U2", "name": "丙", "category": "党委", "region": "市级"}]"#
        let dir = try DataDirectory(["units.json": units], omitting: ["units.csv"])
        defer { dir.delete() }
        #expect(try dir.read().data.units.first?.name == "甲")
    }
}
