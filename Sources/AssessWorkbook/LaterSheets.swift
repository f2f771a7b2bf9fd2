import Synchronization

/// The sheets written after 问题明细 (总览, 单位评分, 更新情况 … 数据质量 and any extra sheets), which the task that
/// finishes the assessment may write itself while the workbook's thread is still writing 问题明细: at province
/// size that takes them (about 2 s) off the run's longest path, which is the workbook's thread
/// (docs/PERFORMANCE.md "Two sheets at once").
///
/// Only a constant-memory workbook is offered, and only once 问题明细's header and first data row have been
/// flushed to its temporary file. Why that is safe and gives the same file:
/// - In constant-memory mode each sheet writes its rows to a temporary file of its own and keeps strings inline;
///   the two threads touch different sheets. The workbook-wide steps (adding sheets, formats, charts) are made
///   by one thread only: the workbook's thread adds no sheet while filling 问题明细 (its parts were all added
///   before) and uses only styles it made before.
/// - libxlsxwriter numbers a format (its index in `styles.xml`) the first time a row using it is flushed. 问题明细
///   uses four formats (header, number, date-time, plain text) and all of them in its first data row, so once that
///   row is flushed every later use is a read; the later sheets number their formats in the same order as when
///   written after 问题明细. The file is byte-identical to the one written by one thread (tested).
///
/// The workbook's thread offers the sheets (`offer`); the finishing task either claims and writes them
/// (`writeIfOffered`, before it hands the workbook its content) or, if nothing was offered yet, hands the content
/// over and the workbook's thread writes them itself, as before.
public final class LaterSheets: Sendable {
    /// The sheets made at the start, handed from one thread to the other: only the holder uses them.
    final class Offered: @unchecked Sendable {
        let sheets: AssessmentWorkbook.FirstSheets
        init(_ sheets: AssessmentWorkbook.FirstSheets) { self.sheets = sheets }
    }

    private enum State {
        case waiting
        case offered(Offered)
        /// Claimed by the finishing task; its error, if writing failed.
        case written((any Error)?)
        /// The finishing task came first: the workbook's thread writes the sheets itself.
        case refused
    }

    private let state = Mutex<State>(.waiting)
    /// Tests: content whose later sheets are written at the moment they are offered.
    private let writingAtOffer: WorkbookContent?

    public init() { writingAtOffer = nil }

    /// Tests: claims and writes the later sheets of `content` the moment they are offered, on the workbook's
    /// thread between two rows of 问题明细: the earliest a finishing task could.
    init(writingAtOffer content: WorkbookContent) { writingAtOffer = content }

    /// Offers the later sheets (the workbook's thread, once 问题明细's first data row is flushed).
    func offer(_ sheets: AssessmentWorkbook.FirstSheets) {
        let offered = Offered(sheets)
        state.withLock { state in
            if case .waiting = state { state = .offered(offered) }
        }
        if let writingAtOffer { _ = writeIfOffered(writingAtOffer) }
    }

    /// Writes the later sheets of `content` here if the workbook's thread has offered them, and returns true; false
    /// when it has not (then it never will: hand it `content`). An error is kept for the workbook's thread
    /// (`outcome`), which abandons the file.
    public func writeIfOffered(_ content: WorkbookContent) -> Bool {
        let offered: Offered? = state.withLock { state in
            guard case .offered(let offered) = state else {
                state = .refused
                return nil
            }
            state = .written(nil)
            return offered
        }
        guard let offered else { return false }
        do {
            try offered.sheets.finish(with: content)
        } catch {
            state.withLock { $0 = .written(error) }
        }
        return true
    }

    /// After the hand-over: the error of the claimed writing, thrown (the workbook's thread).
    func outcome() throws {
        let failure: (any Error)? = state.withLock { state in
            if case .written(let error) = state { return error }
            return nil
        }
        if let failure { throw failure }
    }
}
