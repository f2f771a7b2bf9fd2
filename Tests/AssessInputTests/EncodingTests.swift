import AssessCore
import Foundation
import Testing
@testable import AssessInput

@Suite struct EncodingTests {
    /// `unit_id,单位名称,category,region\nU1,五华区政府办,政府,五华区\n` in GB18030.
    static let gbUnits: [UInt8] = [
        0x75, 0x6E, 0x69, 0x74, 0x5F, 0x69, 0x64, 0x2C, 0xB5, 0xA5, 0xCE, 0xBB, 0xC3, 0xFB, 0xB3, 0xC6, 0x2C, 0x63,
        0x61, 0x74, 0x65, 0x67, 0x6F, 0x72, 0x79, 0x2C, 0x72, 0x65, 0x67, 0x69, 0x6F, 0x6E, 0x0A, 0x55, 0x31, 0x2C,
        0xCE, 0xE5, 0xBB, 0xAA, 0xC7, 0xF8, 0xD5, 0xFE, 0xB8, 0xAE, 0xB0, 0xEC, 0x2C, 0xD5, 0xFE, 0xB8, 0xAE, 0x2C,
        0xCE, 0xE5, 0xBB, 0xAA, 0xC7, 0xF8, 0x0A,
    ]
    static let gbBOM: [UInt8] = [0x84, 0x31, 0x95, 0x33]

    enum Form: String, CaseIterable { case utf8, utf8BOM, gb18030, gb18030BOM }

    @Test(arguments: Form.allCases)
    func detectsTheEncoding(_ form: Form) throws {
        let dir = try DataDirectory()
        defer { dir.delete() }
        let utf8 = Array("unit_id,单位名称,category,region\nU1,五华区政府办,政府,五华区\n".utf8)
        let bytes: [UInt8] = switch form {
        case .utf8: utf8
        case .utf8BOM: [0xEF, 0xBB, 0xBF] + utf8
        case .gb18030: Self.gbUnits
        case .gb18030BOM: Self.gbBOM + Self.gbUnits
        }
        try dir.write("units.csv", Data(bytes))
        let result = try dir.read()
        let unit = try #require(result.data.units.first)
        #expect(unit.id == "U1")
        #expect(unit.name == "五华区政府办")
        #expect(unit.region == "五华区")
        let report = try #require(dir.report("units", in: result))
        #expect(report.encoding == (form == .gb18030 || form == .gb18030BOM ? .gb18030 : .utf8))
        #expect(report.bytes == Int64(bytes.count))
        #expect(report.read == 1)
    }

    @Test func undecodableBytesAreFatalNamingTheFile() throws {
        let dir = try DataDirectory()
        defer { dir.delete() }
        try dir.write("media.csv", Data(Array(DataDirectory.media.utf8) + [0xFF, 0xFF, 0x0A]))
        let error = try #require(dir.fatal())
        #expect(error.file == "media.csv")
        #expect(error.message.contains("media.csv") && error.message.contains("UTF-8"))
    }

    @Test func invalidUTF8LateInTheFileRestartsAsGB18030() throws {
        // A valid UTF-8 prefix longer than one chunk, then a GB18030 row: everything is re-read as GB18030.
        var bytes = Array("media_id,published_at,title\n".utf8)
        while bytes.count < DecodedFileStream.chunkSize + 10 { bytes += Array("M1,2026-07-01 08:00,ascii\n".utf8) }
        bytes += Array("M1,2026-07-02 08:00,".utf8) + [0xB5, 0xA5, 0x0A]
        let dir = try DataDirectory()
        defer { dir.delete() }
        try dir.write("posts.csv", Data(bytes))
        let result = try dir.read()
        let report = try #require(dir.report("posts", in: result))
        #expect(report.encoding == .gb18030)
        #expect(report.rejected == 0)
        #expect(result.data.activity[0].postsInQuarter == report.read)
    }

    @Test func sha256IsOfTheRawBytes() throws {
        let dir = try DataDirectory()
        defer { dir.delete() }
        try dir.write("units.csv", Data("unit_id,name,category,region\n".utf8))
        let report = try #require(dir.report("units", in: try dir.read()))
        // printf 'unit_id,name,category,region\n' | sha256sum
        #expect(report.sha256 == "51cdcb1c2e3785ccc18581a11a5cd3ea64174d764af72232742ea2990c8c5bf6")
    }
}
