import AssessCore
import Foundation
import Testing
@testable import AssessInput

@Suite struct FatalErrorTests {
    @Test func twoFormsOfOneTableAreAmbiguous() throws {
        let dir = try DataDirectory(["findings.jsonl": ""])
        defer { dir.delete() }
        let error = try #require(dir.fatal())
        #expect(error.message.contains("findings.csv") && error.message.contains("findings.jsonl"))
    }

    @Test(arguments: ["units.csv", "media.csv", "findings.csv", "inspections.csv", "posts.csv"])
    func aRequiredTableMissingIsFatal(_ name: String) throws {
        let dir = try DataDirectory(omitting: [name])
        defer { dir.delete() }
        let error = try #require(dir.fatal())
        #expect(error.message.contains(name))
    }

    @Test func optionalTablesAbsentAreEmptyWithWarnings() throws {
        let dir = try DataDirectory()
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.data.editors.isEmpty && result.data.systems.isEmpty && result.data.complaints.isEmpty)
        #expect(result.warnings == [.editorsTableAbsent, .systemsTableAbsent])
    }

    @Test func aMissingRequiredColumnNamesFileAndColumn() throws {
        let dir = try DataDirectory(["findings.csv": "finding_id,media_id,category,severity,notified_at\n"])
        defer { dir.delete() }
        let error = try #require(dir.fatal())
        #expect(error.file == "findings.csv")
        #expect(error.message.contains("findings.csv") && error.message.contains("发现时间") && error.message.contains("detected_at"))
    }

    @Test func complaintsNeedUnitOrMediaColumn() throws {
        let header = "complaint_id,received_at,substantiated\n"
        let dir = try DataDirectory(["complaints.csv": header])
        defer { dir.delete() }
        let error = try #require(dir.fatal())
        #expect(error.message.contains("unit_id") && error.message.contains("media_id"))

        let withMedia = try DataDirectory(["complaints.csv": "complaint_id,媒体编码,received_at,substantiated\n"])
        defer { withMedia.delete() }
        #expect(withMedia.fatal() == nil)
    }

    @Test func anEmptyCSVHasNoHeader() throws {
        let dir = try DataDirectory(["units.csv": ""])
        defer { dir.delete() }
        #expect(try #require(dir.fatal()).message.contains("units.csv"))
    }

    @Test(arguments: ["", "{}", "[1]", "[{\"media_id\":\"M1\"} {}]", "[{\"media_id\":\"M1\"}", "[]x", "[{\"a\":tru}]"])
    func aJSONFileThatIsNotAnArrayOfObjectsIsFatal(_ text: String) throws {
        let dir = try DataDirectory(["posts.json": text], omitting: ["posts.csv"])
        defer { dir.delete() }
        let error = try #require(dir.fatal())
        #expect(error.file == "posts.json")
        #expect(error.message.contains("posts.json"))
    }

    @Test func aRecordThatNeverEndsIsFatal() throws {
        let endless = "{\"media_id\": \"M1\", \"title\": \"" + String(repeating: "a", count: maxRecordBytes + (2 << 20))
        let dir = try DataDirectory(["posts.jsonl": endless], omitting: ["posts.csv"])
        defer { dir.delete() }
        let error = try #require(dir.fatal())
        #expect(error.file == "posts.jsonl" && error.message.contains("16 MB"))
    }

    @Test func aMissingDirectoryIsFatal() {
        let reader = InputReader(directory: URL(fileURLWithPath: "/nonexistent/assess-\(UUID().uuidString)"), quarter: nil)
        #expect(throws: InputError.self) { try reader.read() }
    }
}
