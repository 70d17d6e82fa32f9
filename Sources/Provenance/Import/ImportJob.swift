import Dispatch

/// What an import run tells its caller as it goes.
public enum ImportEvent: Sendable {
    /// A file could not be imported; the others go on.
    case failed(path: String, error: ProvenanceError)
    /// A file was handled.
    case handled(path: String, outcome: ImportOutcome)
    /// A batch was committed: `done` of `total` files handled so far.
    case committed(done: Int, total: Int)
    /// The origins of the claims the import touched were traced.
    case corroborated(claims: Int)
}

/// What an import run did, file by file counted.
public struct ImportSummary: Sendable, Hashable {
    public var files = 0
    public var imported = 0
    public var newVersions = 0
    public var unchanged = 0
    public var copies = 0
    public var failed = 0
    public var mentions = 0
    public var bytes = 0

    public init() {}

    mutating func count(_ outcome: ImportOutcome) {
        switch outcome {
        case .imported(_, let mentions):
            imported += 1
            self.mentions += mentions
        case .newVersion(_, _, let mentions):
            newVersions += 1
            self.mentions += mentions
        case .unchanged: unchanged += 1
        case .copy: copies += 1
        }
    }
}

/// Imports files and folders into a store: find, read and parse, extract,
/// then write in transactions of `batchSize` files, or fewer when they hold over 64 MB.
///
/// Every file of a batch is validated and parsed before anything is written;
/// a bad file is reported and skipped, never half-written. An interrupted
/// run leaves whole batches, and a rerun imports what is missing, since
/// imports are idempotent by content hash.
///
/// The run reads the store's catalog once, at its start, and hands out ids from it: open the store
/// with ``Store/openForWriting(path:mode:whileWaiting:)`` so that another import of the same file
/// waits for this one instead of handing out the same ids.
///
/// ```swift
/// let store = try Store.openForWriting(path: "prov.sqlite", mode: .createIfNeeded)
/// let summary = try ImportJob(store: store).run(paths: ["articles/"]) { event in … }
/// ```
public struct ImportJob {
    public var store: Store
    public var batchSize: Int
    public var metadata: MetadataOverrides
    /// Claims of at least this many mentions are traced again only once they have doubled
    /// (see ``BatchPlanner``). 500, not 5,000: on 100,000 articles, retracing claims of a few
    /// thousand mentions after every batch was most of the planner's time (CPU 298 s → 259 s).
    var smallestWaitingClaim = 500
    /// At most this many bytes of files per batch, whatever ``batchSize`` says (see ``BatchCutter``).
    var batchBytes = BatchCutter.defaultMaxBytes
    /// Signatures of the contents this import has seen, shared by the analysing threads.
    let signatures = SignatureCache()

    public init(store: Store, batchSize: Int = 1_000, metadata: MetadataOverrides = MetadataOverrides()) {
        self.store = store
        self.batchSize = max(1, batchSize)
        self.metadata = metadata
    }

    public func run(paths: [String], events: (ImportEvent) -> Void = { _ in }) throws -> ImportSummary {
        var summary = ImportSummary()
        var files: [ArticleFile] = []
        for found in ArticleFileFinder().find(paths) {
            switch found {
            case .success(let file): files.append(file)
            case .failure(let error):
                summary.failed += 1
                events(.failed(path: error.path ?? "", error: error))
            }
        }
        summary.files = files.count + summary.failed
        var planner = BatchPlanner(catalog: try store.importCatalog(), smallestWaitingClaim: smallestWaitingClaim)
        let known = planner.catalog.knownContent
        // Into an empty store, the mention indexes are built once at the end (Store+BulkIndexes).
        let indexesSuspended = try !files.isEmpty && store.suspendMentionIndexesIfEmpty()
        let firstNewMention = planner.catalog.nextMentionID
        // Three stages: the next batch is read and extracted on all cores, this one is planned
        // (matched and traced) here, and the previous one is written on the writer's queue.
        let writer = StoreWriter(store: store)
        let batches = BatchCutter(maxFiles: batchSize, maxBytes: batchBytes)
            .batches(sizes: files.map { BatchCutter.size(ofFile: $0.path) })
        var upcoming = batches.first.map { analysis(of: Array(files[$0]), known: known) }
        var written: (range: Range<Int>, paths: [String], outcomes: [ImportOutcome])?
        func report(_ batch: (range: Range<Int>, paths: [String], outcomes: [ImportOutcome])) {
            for (path, outcome) in zip(batch.paths, batch.outcomes) {
                summary.count(outcome)
                events(.handled(path: path, outcome: outcome))
            }
            events(.committed(done: batch.range.upperBound, total: files.count))
        }
        for (number, range) in batches.enumerated() {
            guard let results = upcoming?.wait() else { break }
            upcoming = number + 1 < batches.count ? analysis(of: Array(files[batches[number + 1]]), known: known) : nil
            var batch: [AnalysedArticle] = []
            for (file, result) in zip(files[range], results) {
                switch result {
                case .success(let analysed):
                    summary.bytes += analysed.article.text.utf8.count
                    batch.append(analysed)
                case .failure(let error):
                    summary.failed += 1
                    events(.failed(path: file.displayPath, error: error))
                }
            }
            // The claim index is built only once a batch brings something new: from a large
            // store it costs seconds, and a rerun over unchanged files needs none.
            if planner.index == nil, planner.bringsNewContent(batch) {
                planner.index = try writer.read { try $0.loadClaimIndex() }
                planner.copies = try writer.read { try $0.loadCopyIndex() }
            }
            let plan = planner.plan(batch)
            try writer.drain()
            if let written { report(written) }
            writer.submit(plan)
            written = (range, batch.map(\.article.path), plan.outcomes)
        }
        if let settled = planner.settle() { writer.submit(settled) }
        if let last = planner.finish() { writer.submit(last) }
        try writer.drain()
        if let written { report(written) }
        if indexesSuspended { try writer.read { try $0.restoreMentionIndexes() } }
        // Analysts' decisions hold over what this import brought: re-applied before tracing.
        if summary.imported + summary.newVersions > 0 {
            try writer.read { try $0.replayDecisionsAfterImport(newMentionsFrom: firstNewMention) }
        }
        events(.corroborated(claims: try writer.read { try $0.corroborateDirtyClaims() }))
        return summary
    }

    /// Starts reading, parsing and extracting the files of a batch on all cores, in the
    /// background; nothing is written. ``BatchAnalysis/wait()`` gives the results in order.
    /// Files whose bytes the store already holds (`known` SHA-256s) are read but not
    /// extracted: the store records them as unchanged or as copies, so a rerun is cheap.
    func analysis(of files: [ArticleFile], known: Set<String>) -> BatchAnalysis {
        let results = ResultSlots<Result<AnalysedArticle, ProvenanceError>>(count: files.count)
        let metadata = self.metadata
        let signatures = self.signatures
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            DispatchQueue.concurrentPerform(iterations: files.count) { position in
                let file = files[position]
                results[position] = Result { () throws(ProvenanceError) -> AnalysedArticle in
                    let parsed = try ArticleReader().read(
                        path: file.path, displayPath: file.displayPath, metadata: metadata)
                    guard !known.contains(parsed.sha256) else {
                        let nothing = ArticleExtraction(mentions: [], credits: [])
                        return AnalysedArticle(article: parsed, extraction: nothing)
                    }
                    return AnalysedArticle(
                        article: parsed, extraction: MentionExtractor().extract(from: parsed), signatures: signatures)
                }
            }
        }
        return BatchAnalysis(group: group, results: results)
    }
}

/// A batch being analysed in the background.
struct BatchAnalysis {
    fileprivate let group: DispatchGroup
    fileprivate let results: ResultSlots<Result<AnalysedArticle, ProvenanceError>>

    /// Blocks until every file of the batch is analysed, and returns the results in file order.
    func wait() -> [Result<AnalysedArticle, ProvenanceError>] {
        group.wait()
        return results.values
    }
}

/// Fixed slots that concurrent iterations fill, each iteration its own slot.
///
/// `@unchecked Sendable`: every index is written by exactly one iteration of
/// `concurrentPerform`, and read only after the dispatch group says it returned.
fileprivate final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    subscript(position: Int) -> Value? {
        get { slots[position] }
        set { slots[position] = newValue }
    }

    var values: [Value] { slots.compactMap { $0 } }
}
