import Testing
@testable import AssessInput

/// The byte-keyed index: positions in order, the first of repeated keys wins, and it grows without losing keys.
@Suite struct ByteKeyIndexTests {
    @Test func keysGivenAtOnceKeepTheirPositionsAndTheFirstRepeatWins() {
        let index = ByteKeyIndex(["M1", "媒体2", "M1", ""])
        #expect(index.find("M1") == 0)
        #expect(index.find("媒体2") == 1)
        #expect(index.find("") == 3)
        #expect(index.find("M") == nil)
        #expect(index.count == 4)
    }

    @Test func insertingGivesTheNextPositionOrTheFirstOne() {
        var index = ByteKeyIndex()
        #expect(index.insert("F-1") == (0, true))
        #expect(index.insert("F-2") == (1, true))
        #expect(index.insert("F-1") == (0, false))
        #expect(index.count == 2)
        #expect(index.find("F-2") == 1)
    }

    @Test func growingPastManyDoublingsKeepsEveryKey() {
        var index = ByteKeyIndex()
        let keys = (0..<5_000).map { "巡查-\($0 * 7919 % 100_003)" }
        for (i, key) in keys.enumerated() { #expect(index.insert(key) == (i, true)) }
        for (i, key) in keys.enumerated() where i % 97 == 0 { #expect(index.find(key) == i) }
        #expect(keys.allSatisfy { index.find($0) != nil })
        #expect(index.find("巡查-100003") == nil)
        #expect(index.insert(keys[4_321]) == (4_321, false))
    }

    @Test func idsAreMatchedByTheirBytesNotByCanonicalEquivalence() {
        var index = ByteKeyIndex()
        index.insert("Caf\u{E9}")
        #expect(index.find("Cafe\u{301}") == nil)
        #expect(index.insert("Cafe\u{301}") == (1, true))
    }
}
