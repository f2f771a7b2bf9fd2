extension LetterBook {
    /// Letter numbers for `unitIDs` (the units whose decision is letter or notice), rules.md "Letters":
    /// in `unit_id` UTF-8 byte order, a unit keeps the number this quarter's earlier run gave it when that
    /// number is of `year`; every other unit gets the next number of `year` after the highest used so far
    /// (across all quarters, and never below a number this book already holds for that year).
    ///
    /// Returns the numbers by unit id and the book updated with them (for the ledger).
    public func numbering(_ unitIDs: [String], year: Int, prefix: String)
        -> (numbers: [String: LetterNumber], book: LetterBook) {
        var highest = highestSequence[year] ?? 0
        for number in existing.values where number.year == year { highest = max(highest, number.sequence) }
        var numbers: [String: LetterNumber] = [:]
        var book = self
        for unitID in unitIDs.sorted(by: { $0.precedesInByteOrder($1) }) where numbers[unitID] == nil {
            if let kept = existing[unitID], kept.year == year {
                numbers[unitID] = kept
            } else {
                highest += 1
                let number = LetterNumber(prefix: prefix, year: year, sequence: highest)
                numbers[unitID] = number
                book.existing[unitID] = number
            }
        }
        book.highestSequence[year] = highest
        return (numbers, book)
    }
}
