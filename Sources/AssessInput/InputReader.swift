import AssessCore
import Foundation

/// Reads and validates every table of a data directory (inputs.md), streaming, without losing a row:
/// each row is either accepted into `QuarterData` or listed in `rejects`, and per file
/// read = accepted + rejected.
public struct InputReader: Sendable {
    public var directory: URL
    /// The quarter the post and inspection streams are folded for; nil only tracks first/last posts.
    public var quarter: Quarter?
    /// `read` reads findings, inspections and posts at the same time (the result is identical either way).
    var concurrent = true

    public init(directory: URL, quarter: Quarter?) {
        self.directory = directory
        self.quarter = quarter
    }

    /// Reads and validates every table; throws `InputError` on fatal problems. Posts are read beside the
    /// findings and inspections (both cores; the result is the same as reading them one after another).
    public func read(progress: (@Sendable (ReadProgress) -> Void)? = nil) throws -> InputResult {
        let registered = try readRegistry(progress: progress)
        guard concurrent else {
            return try readActivity(after: readFindings(after: registered, progress: progress), progress: progress)
        }
        return try readAllStreams(after: registered, progress: progress)
    }

    /// The first half of a run's reading: the registry, the complaints and the findings (with their reviews
    /// applied), read one after another; everything but the posts and inspections.
    public func readRegistryAndFindings(progress: (@Sendable (ReadProgress) -> Void)? = nil) throws -> FindingsRead {
        try readFindings(after: readRegistry(progress: progress), progress: progress)
    }

    /// The second half: the inspections, then the posts, folded into each media's activity; the whole input.
    public func readActivity(after first: FindingsRead,
                             progress: (@Sendable (ReadProgress) -> Void)? = nil) throws -> InputResult {
        let registry = first.registered.registry
        var collected = first.collected
        let inspections = try collected.add(TableReader.read(first.registered.inspectionsFile,
                                                             loader: InspectionsTable(registry: registry, quarter: quarter),
                                                             progress: progress))
        let posts = try collected.add(TableReader.read(first.registered.postsFile,
                                                       loader: PostsTable(registry: registry, quarter: quarter),
                                                       progress: progress))
        return Self.result(first.data, inspections: inspections, posts: posts, collected: collected)
    }

    /// Units, media, editors, systems and complaints (what later tables refer to), and where the three big
    /// tables are. Read before anything else, with the other core idle: each file is read ahead.
    private func readRegistry(progress: (@Sendable (ReadProgress) -> Void)?) throws -> Registered {
        let files = try TableFile.locate(in: directory)
        var collected = Collected()
        func readTable<Loader: TableLoader>(_ file: TableFile, _ loader: Loader) throws -> TableReadOutcome<Loader> {
            try TableReader.read(file, loader: loader, readAhead: true, progress: progress)
        }
        collected.warnings += NearMissName.find(in: TableFile.entries(of: directory)).map(\.warning)

        // Registry: units, then media (they are what later tables refer to).
        guard let unitsFile = files[.units], let mediaFile = files[.media] else {
            throw InputError.missingTable(files[.units] == nil ? .units : .media, directory: directory.path)
        }
        let units = try collected.add(readTable(unitsFile, UnitsTable()))
        var registry = Registry()
        registry.unitIndex = units.index
        registry.unitsFile = unitsFile.name
        registry.mediaFile = mediaFile.name
        let media = try collected.add(readTable(mediaFile, MediaTable(registry: registry)))
        registry.mediaIndex = media.index
        registry.mediaUnit = media.media.map(\.unitID)
        registry.mediaKeys = ByteKeyIndex(media.media.map(\.id))

        // The optional registry tables and complaints.
        var editors: [Editor] = []
        if let file = files[.editors] {
            editors = try collected.add(readTable(file, EditorsTable(registry: registry))).editors
        } else {
            collected.warnings.append(.editorsTableAbsent)
        }
        var systems: [DeclaredSystem] = []
        if let file = files[.systems] {
            systems = try collected.add(readTable(file, SystemsTable(registry: registry))).systems
        } else {
            collected.warnings.append(.systemsTableAbsent)
        }
        var complaints: [Complaint] = []
        if let file = files[.complaints] {
            complaints = try collected.add(readTable(file, ComplaintsTable(registry: registry))).complaints
        }

        // The three big inspection-system tables must all be there before any of them is read.
        guard let findingsFile = files[.findings], let inspectionsFile = files[.inspections],
              let postsFile = files[.posts] else {
            throw InputError.missingTable(files[.findings] == nil ? .findings : files[.inspections] == nil ? .inspections : .posts,
                                          directory: directory.path)
        }
        let data = QuarterData(units: units.units, media: media.media, editors: editors, systems: systems,
                               complaints: complaints)
        return Registered(data: data, collected: collected, registry: registry, findingsFile: findingsFile,
                          reviewsFile: files[.reviews], inspectionsFile: inspectionsFile, postsFile: postsFile)
    }

    /// The findings, then the reviews that refer to them (reviews.md: a voided finding is 误报).
    /// A run reads them before the posts and inspections, with the other core idle: the file is read ahead.
    private func readFindings(after registered: Registered,
                              progress: (@Sendable (ReadProgress) -> Void)?) throws -> FindingsRead {
        var collected = registered.collected
        let (findingsOutcome, reviewsOutcome) = Self.readFindings(registered, readAhead: true, progress: progress)
        var findings = try collected.add(findingsOutcome.get())
        let reviews = try reviewsOutcome.map { try collected.add($0.get()).reviews } ?? []
        findings.apply(reviews)
        var data = registered.data
        data.findings = findings.findings
        data.reviews = reviews
        return FindingsRead(data: data, collected: collected, registered: registered)
    }

    /// The whole input once every table is read: each media's activity from its inspections and posts.
    private static func result(_ read: QuarterData, inspections: InspectionsTable, posts: PostsTable,
                               collected: Collected) -> InputResult {
        var activity = inspections.activity
        for i in activity.indices { activity[i].merge(posts.activity[i]) }
        var data = read
        data.activity = activity
        return InputResult(data: data, files: collected.files, rejects: collected.rejects, warnings: collected.warnings)
    }

    // MARK: - Findings, inspections, posts side by side (`read`)

    private typealias FindingsOutcome = Result<TableReadOutcome<FindingsTable>, any Error>
    private typealias ReviewsOutcome = Result<TableReadOutcome<ReviewsTable>, any Error>

    private struct Streams {
        var findings: FindingsOutcome
        var inspections: Result<TableReadOutcome<InspectionsTable>, any Error>
        var posts: Result<TableReadOutcome<PostsTable>, any Error>
        /// nil when there is no reviews table.
        var reviews: ReviewsOutcome?
    }

    /// The findings and their reviews (read right after them: they refer to the findings).
    private static func readFindings(_ registered: Registered, readAhead: Bool,
                                     progress: (@Sendable (ReadProgress) -> Void)?) -> (FindingsOutcome, ReviewsOutcome?) {
        let findingsFile = registered.findingsFile
        let outcome = Result {
            try TableReader.read(findingsFile, loader: FindingsTable(registry: registered.registry), readAhead: readAhead,
                                 progress: progress)
        }
        guard let findings = try? outcome.get() else { return (outcome, nil) }
        let reviews = registered.reviewsFile.map { file in
            Result {
                try TableReader.read(file, loader: ReviewsTable(findingIDs: Set(findings.loader.findings.map(\.id)),
                                                                findingsFile: findingsFile.name), progress: progress)
            }
        }
        return (outcome, reviews)
    }

    /// Posts, the longest, first; findings, then inspections on the other core meanwhile. Each file's results are
    /// merged in table order, as when read one after another.
    private func readAllStreams(after registered: Registered,
                                progress: (@Sendable (ReadProgress) -> Void)?) throws -> InputResult {
        let quarter = quarter
        let box = StreamsBox()
        DispatchQueue.concurrentPerform(iterations: 3) { task in
            switch task {
            case 0:
                let posts = Result {
                    try TableReader.read(registered.postsFile,
                                         loader: PostsTable(registry: registered.registry, quarter: quarter), progress: progress)
                }
                box.set { $0.posts = posts }
            case 1:
                let (findings, reviews) = Self.readFindings(registered, readAhead: false, progress: progress)
                box.set {
                    $0.findings = findings
                    $0.reviews = reviews
                }
            default:
                let inspections = Result {
                    try TableReader.read(registered.inspectionsFile,
                                         loader: InspectionsTable(registry: registered.registry, quarter: quarter),
                                         progress: progress)
                }
                box.set { $0.inspections = inspections }
            }
        }
        let streams = box.streams
        var collected = registered.collected
        var findings = try collected.add(streams.findings.get())
        let reviews = try streams.reviews.map { try collected.add($0.get()).reviews } ?? []
        findings.apply(reviews)
        let inspections = try collected.add(streams.inspections.get())
        let posts = try collected.add(streams.posts.get())
        var read = registered.data
        read.findings = findings.findings
        read.reviews = reviews
        return Self.result(read, inspections: inspections, posts: posts, collected: collected)
    }

    /// Results of the concurrent reads; each slot is written once, under the lock.
    private final class StreamsBox: @unchecked Sendable {
        private let lock = NSLock()
        private var value = Streams(findings: .failure(CancellationError()), inspections: .failure(CancellationError()),
                                    posts: .failure(CancellationError()))

        func set(_ update: (inout Streams) -> Void) {
            lock.lock()
            defer { lock.unlock() }
            update(&value)
        }

        var streams: Streams {
            lock.lock()
            defer { lock.unlock() }
            return value
        }
    }
}

/// What `InputReader.readRegistryAndFindings` has read: everything but the posts and inspections, and what
/// `readActivity` needs to go on.
public struct FindingsRead: Sendable {
    /// Units, media, editors, systems, complaints, findings (reviews applied) and reviews; no activity yet.
    public var data: QuarterData
    fileprivate var collected: Collected
    fileprivate var registered: Registered

    /// The same without the findings: all that reading the posts and inspections needs (`readActivity` then
    /// returns the input without them too).
    public var withoutFindings: FindingsRead {
        var copy = self
        copy.data.findings = []
        return copy
    }
}

/// The registry read, and where the big tables are.
private struct Registered: Sendable {
    var data: QuarterData
    var collected: Collected
    var registry: Registry
    var findingsFile: TableFile
    var reviewsFile: TableFile?
    var inspectionsFile: TableFile
    var postsFile: TableFile
}

/// Files, rejects and warnings gathered table by table, in reading order.
private struct Collected: Sendable {
    var files: [InputFileReport] = []
    var rejects: [RejectedRow] = []
    var warnings: [RunWarning] = []

    mutating func add<Loader>(_ outcome: TableReadOutcome<Loader>) -> Loader {
        files.append(outcome.report)
        rejects.append(contentsOf: outcome.rejects)
        warnings.append(contentsOf: outcome.warnings)
        return outcome.loader
    }
}
