import AssessCore
import Foundation
import Testing
@testable import AssessInput

@Suite struct CountsTests {
    /// A quarter with some bad rows in every table.
    static func messyDirectory() throws -> DataDirectory {
        try DataDirectory([
            "editors.csv": "unit_id,media_id,name,role,on_staff\nU1,,张三,主要编辑,是\nU1,M2,李四,编辑,是\nU2,M2,王五,chief_editor,Y\n",
            "systems.csv": "unit_id,system,established_on\nU1,三审,2025-01-01\nU1,三审,2025/1/1\nU3,保密审查,2025-01-01\n",
            "complaints.csv": "complaint_id,unit_id,media_id,received_at,substantiated,channel\nC1,U1,,2026-07-01 09:00,是,12345\nC2,,M2,2026-07-05 10:00,否,留言板\nC3,U2,M1,2026-07-05 10:00,是,\n",
            "findings.csv": DataDirectory.findings + "F2,M2,2026-07-03 09:00,泄密,严重,2026-07-03 09:05,\nF2,M2,2026-07-03 09:00,泄密,严重,2026-07-03 09:05,\nF3,M9,x,y,z,w,\n",
            "inspections.csv": DataDirectory.inspections + "M2,2026-08-01,50\nM2,2026-10-01,50\nM2,bad,1\n",
            "posts.csv": DataDirectory.posts + "M2,2026-08-01 08:00\nM2,2026-09-30 23:59:59,末条\nM1,2026-06-30 23:59,上季度\n",
        ])
    }

    @Test func readEqualsAcceptedPlusRejectedForEveryFile() throws {
        let dir = try Self.messyDirectory()
        defer { dir.delete() }
        let result = try dir.read()
        #expect(result.files.map(\.table) == ["units", "media", "editors", "systems", "complaints", "findings", "inspections", "posts"])
        for report in result.files {
            #expect(report.read == report.accepted + report.rejected, "\(report.table)")
            #expect(report.rejected == result.rejects.filter { $0.file == report.path.split(separator: "/").last.map(String.init) }.count)
        }
        #expect(result.data.editors.count == 2)
        #expect(result.data.systems.count == 2)
        #expect(result.data.complaints.map(\.id) == ["C1", "C2"])
        #expect(result.data.findings.map(\.id) == ["F1", "F2"])
        #expect(result.data.activity[1].itemsChecked == 50)
        #expect(result.data.activity[1].postsInQuarter == 2)
        #expect(result.rejects.map(\.file) == ["editors.csv", "systems.csv", "complaints.csv", "findings.csv", "findings.csv",
                                                "inspections.csv", "posts.csv"])
        #expect(result.warnings.isEmpty)
    }

    @Test func concurrentReadingEqualsSequentialReading() throws {
        let dir = try Self.messyDirectory()
        defer { dir.delete() }
        let parallel = try dir.read(concurrent: true)
        let sequential = try dir.read(concurrent: false)
        #expect(parallel.rejects == sequential.rejects)
        #expect(parallel.files == sequential.files)
        #expect(parallel.data.activity == sequential.data.activity)
        #expect(parallel.data.findings == sequential.data.findings)
    }

    @Test func withoutAQuarterOnlyFirstAndLastPostsAreTracked() throws {
        let dir = try Self.messyDirectory()
        defer { dir.delete() }
        let result = try dir.read(quarter: nil)
        #expect(result.data.activity[0].postsInQuarter == 0)
        #expect(result.data.activity[0].firstPost?.description == "2026-06-30 23:59:00")
    }

    @Test func progressIsReported() throws {
        let dir = try DataDirectory()
        defer { dir.delete() }
        let seen = Seen()
        _ = try InputReader(directory: dir.url, quarter: nil).read { seen.add($0.table) }
        #expect(Set(seen.tables) == ["units", "media", "findings", "inspections", "posts"])
    }

    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ table: String) { lock.lock(); list.append(table); lock.unlock() }
        var tables: [String] { lock.lock(); defer { lock.unlock() }; return list }
    }
}
