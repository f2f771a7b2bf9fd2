import AssessCore
import Foundation

/// Reads and validates every table of a data directory (inputs.md), streaming, without losing a row:
/// each row is either accepted into `QuarterData` or listed in `rejects`, and per file
/// read = accepted + rejected.
public struct InputReader: Sendable {
    public var directory: URL
    /// The quarter the post and inspection streams are folded for; nil only tracks first/last posts.
    public var quarter: Quarter?
    /// Read findings, inspections and posts at the same time when no one waits for the findings (the result is
    /// identical either way).
    var concurrent = true

    public init(directory: URL, quarter: Quarter?) {
        self.directory = directory
        self.quarter = quarter
    }

    /// Reads and validates every table; throws `InputError` on fatal problems.
    ///
    /// `onFindings`, when given, is called once the registry and the findings are read (while posts and
    /// inspections may still be reading), with the data so far: everything but the posts and inspections.
    public func read(progress: (@Sendable (ReadProgress) -> Void)? = nil,
                     onFindings: (@Sendable (QuarterData) -> Void)? = nil) throws -> InputResult {
        let files = try TableFile.locate(in: directory)
        var collected = Collected()
        collected.warnings += NearMissName.find(in: TableFile.entries(of: directory)).map(\.warning)

        // Registry: units, then media (they are what later tables refer to).
        guard let unitsFile = files[.units], let mediaFile = files[.media] else {
            throw InputError.missingTable(files[.units] == nil ? .units : .media, directory: directory.path)
        }
        let units = try collected.add(TableReader.read(unitsFile, loader: UnitsTable(), progress: progress))
        var registry = Registry(unitIndex: units.index, unitsFile: unitsFile.name, mediaFile: mediaFile.name)
        let media = try collected.add(TableReader.read(mediaFile, loader: MediaTable(registry: registry), progress: progress))
        registry.mediaIndex = media.index
        registry.mediaUnit = media.media.map(\.unitID)
        registry.mediaKeys = ByteKeyIndex(media.media.map(\.id))

        // The optional registry tables and complaints.
        var editors: [Editor] = []
        if let file = files[.editors] {
            editors = try collected.add(TableReader.read(file, loader: EditorsTable(registry: registry), progress: progress)).editors
        } else {
            collected.warnings.append(.editorsTableAbsent)
        }
        var systems: [DeclaredSystem] = []
        if let file = files[.systems] {
            systems = try collected.add(TableReader.read(file, loader: SystemsTable(registry: registry), progress: progress)).systems
        } else {
            collected.warnings.append(.systemsTableAbsent)
        }
        var complaints: [Complaint] = []
        if let file = files[.complaints] {
            complaints = try collected.add(TableReader.read(file, loader: ComplaintsTable(registry: registry), progress: progress)).complaints
        }

        // The three big inspection-system tables, possibly side by side.
        let registryData = QuarterData(units: units.units, media: media.media, editors: editors, systems: systems,
                                       complaints: complaints)
        let findingsRead = onFindings.map { callback in
            { @Sendable (findings: [Finding]) in
                var data = registryData
                data.findings = findings
                callback(data)
            }
        }
        let streams = try readStreams(files, registry: registry, progress: progress, onFindings: findingsRead)
        var findings = try collected.add(streams.findings.get())
        let reviews = try streams.reviews.map { try collected.add($0.get()).reviews } ?? []
        findings.apply(reviews)
        let inspections = try collected.add(streams.inspections.get())
        let posts = try collected.add(streams.posts.get())
        var activity = inspections.activity
        for i in activity.indices { activity[i].merge(posts.activity[i]) }

        let data = QuarterData(units: units.units, media: media.media, activity: activity, editors: editors,
                               systems: systems, complaints: complaints, findings: findings.findings, reviews: reviews)
        return InputResult(data: data, files: collected.files, rejects: collected.rejects, warnings: collected.warnings)
    }

    // MARK: - Findings, inspections, posts

    private typealias FindingsRead = Result<TableReadOutcome<FindingsTable>, any Error>
    private typealias ReviewsRead = Result<TableReadOutcome<ReviewsTable>, any Error>

    private struct Streams {
        var findings: FindingsRead
        var inspections: Result<TableReadOutcome<InspectionsTable>, any Error>
        var posts: Result<TableReadOutcome<PostsTable>, any Error>
        /// nil when there is no reviews table.
        var reviews: Result<TableReadOutcome<ReviewsTable>, any Error>?
    }

    private func readStreams(_ files: [InputTable: TableFile], registry: Registry,
                             progress: (@Sendable (ReadProgress) -> Void)?,
                             onFindings: (@Sendable ([Finding]) -> Void)?) throws -> Streams {
        guard let findingsFile = files[.findings], let inspectionsFile = files[.inspections],
              let postsFile = files[.posts] else {
            throw InputError.missingTable(files[.findings] == nil ? .findings : files[.inspections] == nil ? .inspections : .posts,
                                          directory: directory.path)
        }
        let quarter = quarter
        let reviewsFile = files[.reviews]
        // The reviews refer to the findings: they are read right after them, and the findings handed on carry
        // their effect (a voided finding is 误报, reviews.md).
        let readFindings = { @Sendable () -> (FindingsRead, ReviewsRead?) in
            let outcome = Result { try TableReader.read(findingsFile, loader: FindingsTable(registry: registry), progress: progress) }
            guard let findings = try? outcome.get() else { return (outcome, nil) }
            let reviews = reviewsFile.map { file in
                Result {
                    try TableReader.read(file, loader: ReviewsTable(findingIDs: Set(findings.loader.findings.map(\.id)),
                                                                    findingsFile: findingsFile.name), progress: progress)
                }
            }
            if let accepted = try? reviews?.get() {
                onFindings?(FindingReview.apply(accepted.loader.reviews, to: findings.loader.findings))
            } else if reviews == nil {
                onFindings?(findings.loader.findings)
            }
            return (outcome, reviews)
        }
        let readInspections = { @Sendable in
            Result { try TableReader.read(inspectionsFile, loader: InspectionsTable(registry: registry, quarter: quarter), progress: progress) }
        }
        let readPosts = { @Sendable in Result { try TableReader.read(postsFile, loader: PostsTable(registry: registry, quarter: quarter), progress: progress) } }
        // A caller waiting for the findings (the workbook, docs/ARCHITECTURE.md) gets them first, read alone, and
        // uses the other core from then on: posts and inspections follow one after the other.
        guard concurrent, onFindings == nil else {
            let (findings, reviews) = readFindings()
            return Streams(findings: findings, inspections: readInspections(), posts: readPosts(), reviews: reviews)
        }
        // Posts, the longest, first; findings, then inspections on the other core meanwhile.
        let box = StreamsBox()
        DispatchQueue.concurrentPerform(iterations: 3) { task in
            switch task {
            case 0: box.set { $0.posts = readPosts() }
            case 1:
                let (findings, reviews) = readFindings()
                box.set {
                    $0.findings = findings
                    $0.reviews = reviews
                }
            default: box.set { $0.inspections = readInspections() }
            }
        }
        return box.streams
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

/// Files, rejects and warnings gathered table by table, in reading order.
private struct Collected {
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
