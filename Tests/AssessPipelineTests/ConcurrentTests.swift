import Foundation
import Testing
@testable import AssessPipeline

@Suite struct ConcurrentTests {
    /// A job another thread took last must be in the results even when the calling thread finished first.
    @Test func workListWaitsForJobsOtherThreadsAreDoing() throws {
        for _ in 0..<20 {
            let list = Concurrent.WorkList(Array(0..<50)) { n -> Int in
                if n % 7 == 0 { usleep(UInt32.random(in: 0...2_000)) }
                return n * n
            }
            let helpers = (0..<2).map { _ in Concurrent.Background { list.work() } }
            list.work()
            #expect(try list.results() == (0..<50).map { $0 * $0 })
            for helper in helpers { try helper.wait() }
        }
    }

    @Test func workListThrowsTheFirstErrorByIndex() {
        struct Failure: Error, Equatable { let index: Int }
        let list = Concurrent.WorkList(Array(0..<10)) { n -> Int in
            if n == 3 || n == 8 { throw Failure(index: n) }
            return n
        }
        list.work()
        #expect(throws: Failure(index: 3)) { try list.results() }
    }
}
