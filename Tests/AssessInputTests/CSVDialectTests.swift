import AssessCore
import Foundation
import Testing
import TestSupport
@testable import AssessInput

@Suite struct CSVDialectTests {
    @Test func readsTheSmallQuarter() throws {
        let dir = try DataDirectory()
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.rejects.isEmpty)
        #expect(result.data.units.map(\.id) == ["U1", "U2"])
        #expect(result.data.units[1].category == .government)
        #expect(result.data.media.map(\.id) == ["M1", "M2"])
        #expect(result.data.media[0].openedOn == Fixtures.day("2020-01-01"))
        #expect(result.data.findings.first?.fixedAt == Fixtures.time("2026-07-01 09:40"))
        #expect(result.data.activity[0].itemsChecked == 120)
        #expect(result.data.activity[0].postsInQuarter == 1)
        #expect(result.data.activity[1].postsInQuarter == 1)
        #expect(result.files.map(\.table) == ["units", "media", "findings", "inspections", "posts"])
        #expect(result.files.allSatisfy { $0.encoding == .utf8 && $0.format == .csv })
    }

    @Test func quotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let units = "unit_id,name,category,region\n"
            + "U1,\"五华区,政府办\",政府,五华区\n"
            + "U2,\"市\"\"教育\"\"局\",政府,市级\n"
            + "U3,\"第一行\n第二行\",政府,市级\n"
            + "U4,  \"  带空格  \"  ,政府,市级\n"
        let dir = try DataDirectory(["units.csv": units])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.data.units.map(\.name) == ["五华区,政府办", "市\"教育\"局", "第一行\n第二行", "带空格"])
    }

    @Test func crlfBlankLinesAndPhysicalLineNumbers() throws {
        let units = "unit_id,name,category,region\r\n\r\nU1,甲,政府,五华区\r\n   \r\nU2,\"乙\r\n丙\",政府,市级\r\nU3,丁,错误类别,市级\r\n\r\n"
        let dir = try DataDirectory(["units.csv": units])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.data.units.map(\.name) == ["甲", "乙\r\n丙"])
        #expect(result.rejects.count == 1)
        #expect(result.rejects.first?.line == 7)
        #expect(result.rejects.first?.raw == "U3,丁,错误类别,市级")
        #expect(dir.report("units", in: result)?.read == 3)
    }

    @Test func finalLineBreakIsOptional() throws {
        let dir = try DataDirectory(["units.csv": "unit_id,name,category,region\nU1,甲,政府,五华区\nU2,乙,政府,市级"])
        defer { dir.delete() }
        #expect(try dir.read().data.units.map(\.id) == ["U1", "U2"])
    }

    @Test func aliasHeadersTrimmedUnknownIgnoredFirstWins() throws {
        let units = " 单位编码 ,单位名称,extra,单位类别,所属地区,name\nU1,甲,x,党委,五华区,乙\n"
        let dir = try DataDirectory(["units.csv": units])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.data.units.first?.name == "甲")
        #expect(result.data.units.first?.category == .party)
        #expect(result.warnings.contains {
            guard case let .unknownColumn(_, column) = $0 else { return false }
            return column == "extra"
        })
        #expect(result.warnings.contains {
            guard case let .duplicateColumn(_, column, earlier) = $0 else { return false }
            return column == "name" && earlier == "name"
        })
    }

    @Test func valuesTrimOnlyASCIISpaceAndKeepIdeographicSpace() throws {
        let units = "unit_id,name,category,region\n  U1  ,\u{3000}五华\u{3000},政府,\t五华区\n"
        let dir = try DataDirectory(["units.csv": units])
        defer { dir.delete() }
        let unit = try #require(try dir.read().data.units.first)
        #expect(unit.id == "U1")
        #expect(unit.name == "\u{3000}五华\u{3000}")
        #expect(unit.region == "\t五华区")
    }

    @Test func fieldCountMismatchIsRejectedWithTheRawRow() throws {
        let units = "unit_id,name,category,region\nU1,甲,政府\nU2,乙,政府,市级,多余\nU3,丙,政府,市级\nU1,甲,政府,五华区\nU2,乙,政府,市级\n"
        let dir = try DataDirectory(["units.csv": units])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.data.units.map(\.id) == ["U3", "U1", "U2"])
        #expect(result.rejects.map(\.line) == [2, 3])
        #expect(result.rejects.allSatisfy { $0.reason.contains("个字段") && $0.column.isEmpty })
        #expect(result.rejects.first?.raw == "U1,甲,政府")
    }

    /// Rows spanning the 1 MB chunk boundary are read whole.
    @Test func recordsAcrossChunkBoundaries() throws {
        var posts = "media_id,published_at,title\n"
        var rows = 0
        while posts.utf8.count < DecodedFileStream.chunkSize * 2 + 1000 {
            posts += "M1,2026-07-0\(rows % 9 + 1) 08:00,\"标题，第\(rows)条\n续行\"\n"
            rows += 1
        }
        let dir = try DataDirectory(["posts.csv": posts])
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.rejects.isEmpty)
        #expect(result.data.activity[0].postsInQuarter == rows)
        #expect(result.data.activity[0].postDays.count == 9)
    }
}
