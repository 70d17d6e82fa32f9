import Foundation

/// Times extraction alone: reading, parsing and extracting article files, with
/// no database, so that its speed can be told apart from storing and matching.
///
/// Each run reads every file from disk through ``ArticleReader`` (as import
/// does) and extracts its mentions with ``MentionExtractor``; files that cannot
/// be read are counted as failed and skipped. The work is split over `threads`
/// workers, each taking every `threads`-th file.
///
/// ```swift
/// let bench = ExtractionBenchmark(paths: ["/tmp/corpus-10k"])
/// let one = bench.run(threads: 1)
/// print(one.articlesPerSecond, one.megabytesPerSecond)
/// ```
public struct ExtractionBenchmark: Sendable {
    /// What one run did and how long it took.
    public struct Measurement: Sendable, Hashable {
        public var threads: Int
        public var articles: Int
        public var failed: Int
        /// UTF-8 bytes of the files read.
        public var bytes: Int
        public var mentions: Int
        public var seconds: Double
        /// CPU time inside extraction alone (no reading or parsing), of the busiest worker: CPU
        /// time, not wall time, since a shared machine's other work would count otherwise.
        public var extractionSeconds: Double

        public var articlesPerSecond: Double { Double(articles) / max(seconds, 1e-9) }
        public var megabytesPerSecond: Double { Double(bytes) / 1e6 / max(seconds, 1e-9) }
        /// Articles per second of extraction alone, the figure issue 4's floor is about.
        public var extractionArticlesPerSecond: Double { Double(articles) / max(extractionSeconds, 1e-9) }
    }

    /// The article files found under the paths given, in the order import would take them.
    public let files: [ArticleFile]

    /// Finds the article files (`.txt`, `.md`) under `paths`; paths that name
    /// nothing importable are left out.
    public init(paths: [String]) {
        files = ArticleFileFinder().find(paths).compactMap { try? $0.get() }
    }

    /// Reads and extracts every file on `threads` workers and times the whole run.
    public func run(threads: Int) -> Measurement {
        let workers = max(1, min(threads, max(1, files.count)))
        let tallies = WorkerTallies(count: workers)
        let files = self.files
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var tally = WorkerTallies.Tally()
                let reader = ArticleReader()
                let extractor = MentionExtractor()
                for position in stride(from: worker, to: files.count, by: workers) {
                    let file = files[position]
                    guard
                        let article = try? reader.read(
                            path: file.path, displayPath: file.displayPath, metadata: MetadataOverrides())
                    else {
                        tally.failed += 1
                        continue
                    }
                    tally.articles += 1
                    tally.bytes += article.text.utf8.count
                    let start = Self.threadCPUSeconds()
                    tally.mentions += extractor.extract(from: article).mentions.count
                    tally.extractionSeconds += Self.threadCPUSeconds() - start
                }
                tallies[worker] = tally
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let total = tallies.sum
        return Measurement(
            threads: workers, articles: total.articles, failed: total.failed, bytes: total.bytes,
            mentions: total.mentions, seconds: seconds, extractionSeconds: tallies.busiestExtraction)
    }
}

extension ExtractionBenchmark {
    /// CPU time the calling thread has used.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// One tally per worker of a benchmark run.
///
/// `@unchecked Sendable`: each worker writes only its own slot, and the slots
/// are read after `concurrentPerform` has returned.
private final class WorkerTallies: @unchecked Sendable {
    struct Tally {
        var articles = 0
        var failed = 0
        var bytes = 0
        var mentions = 0
        var extractionSeconds = 0.0
    }

    private let slots: UnsafeMutableBufferPointer<Tally>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: Tally())
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    subscript(worker: Int) -> Tally {
        get { slots[worker] }
        set { slots[worker] = newValue }
    }

    var busiestExtraction: Double { slots.map(\.extractionSeconds).max() ?? 0 }

    var sum: Tally {
        slots.reduce(into: Tally()) { total, t in
            total.articles += t.articles
            total.failed += t.failed
            total.bytes += t.bytes
            total.mentions += t.mentions
        }
    }
}
