import AssessCore
import AssessInput
import Foundation
import Testing
@testable import AssessSample

@Suite struct SampleGeneratorTests {
    let quarter = Quarter("2026Q3")!

    func generate(seed: UInt64, encoding: SampleEncoding = .utf8, format: SampleFormat = .csv) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sample-\(UUID().uuidString)")
        _ = try SampleGenerator(units: 60, media: 200, quarter: quarter, seed: seed, encoding: encoding, format: format)
            .write(to: dir)
        return dir
    }

    func contents(_ dir: URL) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: dir.appendingPathComponent($0))) })
    }

    @Test func sameSeedGivesSameBytes() throws {
        let a = try generate(seed: 7), b = try generate(seed: 7), c = try generate(seed: 8)
        #expect(try contents(a) == contents(b))
        #expect(try contents(a) != contents(c))
    }

    @Test(arguments: [(SampleEncoding.utf8, SampleFormat.csv), (.gb18030, .csv), (.utf8, .jsonl)])
    func passesValidationWithZeroRejects(encoding: SampleEncoding, format: SampleFormat) throws {
        let dir = try generate(seed: 3, encoding: encoding, format: format)
        let result = try InputReader(directory: dir, quarter: quarter).read()
        #expect(result.rejects.isEmpty, "\(result.rejects.prefix(3))")
        #expect(result.data.units.count == 60)
        #expect(result.data.media.count == 200)
        #expect(result.files.allSatisfy { $0.read == $0.accepted })
        if encoding == .gb18030 {
            #expect(result.files.contains { $0.encoding == .gb18030 })
        }
    }
}
