import Foundation
import Testing
@testable import AssessPipeline

@Suite struct SharedJobsTests {
    /// Jobs taken by several workers at once come back in the items' order, each done once.
    @Test func partsOfSeveralWorkersComeBackInOrder() async throws {
        for _ in 0..<20 {
            let jobs = SharedJobs(Array(0..<50)) { n -> Int in
                if n % 7 == 0 { usleep(UInt32.random(in: 0...2_000)) }
                return n * n
            }
            let parts = await withTaskGroup(of: SharedJobs<Int, Int>.Part.self) { group in
                for _ in 0..<3 { group.addTask { jobs.work() } }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(try jobs.outputs(parts) == (0..<50).map { $0 * $0 })
        }
    }

    @Test func theFirstErrorByIndexIsThrown() {
        struct Failure: Error, Equatable { let index: Int }
        let jobs = SharedJobs(Array(0..<10)) { n -> Int in
            if n == 3 || n == 8 { throw Failure(index: n) }
            return n
        }
        let late = jobs.work()
        #expect(late.failed)
        #expect(throws: Failure(index: 3)) { try jobs.outputs([.none, late]) }
    }

    @Test func aWorkerArrivingLateFindsNothingLeft() throws {
        let jobs = SharedJobs(Array(0..<5)) { $0 + 1 }
        let first = jobs.work()
        let second = jobs.work()
        #expect(!second.failed)
        #expect(try jobs.outputs([second, first]) == [1, 2, 3, 4, 5])
    }
}
