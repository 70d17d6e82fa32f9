import Foundation
import Testing

@testable import Provenance

/// The import pipeline plans batches in memory (ids, matches, origins of the claims it creates)
/// and writes them on another thread. Whatever the batch size, and whether a claim was traced in
/// memory or from the store, the stored result must be the one the store would compute itself.
@Suite("Import pipeline")
struct ImportPipelineTests {
    /// The JSON export of a store: every article, source, claim, mention, origin and count.
    func export(_ store: Store) throws -> String {
        var output = ""
        try JSONExporter().write(store, to: &output)
        return output
    }

    @Test("origins traced in memory while importing equal those the store traces from its rows")
    func inMemoryTracingMatchesTheStore() throws {
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store, batchSize: 2).run(paths: [Fixtures.seeds.path, Fixtures.examples.path])
        let imported = try export(store)
        try store.recorroborateAll()
        #expect(try export(store) == imported)
    }

    @Test("a large claim traced only as it doubles ends traced as the store would trace it")
    func waitingClaimsAreTracedAtTheEnd() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let speakers = [
            "Mayor Ana Ruiz said", "a city engineer said", "the Harbor Ledger reported", "officials told the Ledger",
        ]
        for number in 0..<90 {
            let day = 28 - number % 27
            let text = """
                ---
                title: Ferry story \(number)
                outlet: Outlet \(number % 7)
                date: 2025-03-\(day < 10 ? "0" : "")\(day)
                ---
                The harbor ferry will stop running for three weeks of repairs, \(speakers[number % speakers.count]).
                """
            try text.write(to: folder.appending(path: "story-\(number).md"), atomically: true, encoding: .utf8)
        }
        let store = try Store(path: ":memory:")
        var tracedFromStore: Int?
        var job = ImportJob(store: store, batchSize: 10)
        job.smallestWaitingClaim = 16
        _ = try job.run(paths: [folder.path]) { event in
            if case .corroborated(let claims) = event { tracedFromStore = claims }
        }
        // The planner traced every claim it created, the waiting ones last: none was left dirty.
        #expect(tracedFromStore == 0)
        #expect(try !store.hasDirtyClaims())
        let largest = try #require(try store.claims().max { $0.articleCount < $1.articleCount })
        #expect(largest.articleCount >= 80)
        let imported = try export(store)
        try store.recorroborateAll()
        #expect(try export(store) == imported)
    }

    @Test("origins that moved after their rows were written stay dirty until the import's last plan")
    func movedOriginsWaitForTheLastPlan() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Read first but published later: the second file becomes the claim's earliest article,
        // so the first file's mention (unsourced) moves to it.
        for (name, outlet, date) in [("a.md", "Outlet One", "2025-03-20"), ("b.md", "Outlet Two", "2025-03-01")] {
            let text = """
                ---
                outlet: \(outlet)
                date: \(date)
                ---
                The harbor ferry will stop running for three weeks of repairs.
                """
            try text.write(to: folder.appending(path: name), atomically: true, encoding: .utf8)
        }
        let files = ArticleFileFinder().find([folder.path]).compactMap { try? $0.get() }
        #expect(files.count == 2)
        let stopped = try Store(path: ":memory:")
        let job = ImportJob(store: stopped, batchSize: 1)
        var planner = BatchPlanner(catalog: try stopped.importCatalog())
        planner.index = try stopped.loadClaimIndex()
        planner.copies = try stopped.loadCopyIndex()
        for file in files {
            let batch = try job.analysis(of: [file], known: []).wait().map { try $0.get() }
            try stopped.write(planner.plan(batch))
        }
        // Stopped before `finish()`: the first mention's row still names Outlet One, and its
        // claim is dirty, so the next read traces it again instead of showing that origin.
        #expect(try stopped.hasDirtyClaims())
        #expect(try stopped.corroborateDirtyClaims() == 1)
        let complete = try Store(path: ":memory:")
        _ = try ImportJob(store: complete, batchSize: 1).run(paths: [folder.path])
        #expect(try !complete.hasDirtyClaims())
        #expect(try export(stopped) == export(complete))
        #expect(try export(complete).contains("Outlet Two"))
    }

    @Test("a second import into a store traces the older claims it joins from the store")
    func secondImportJoinsOlderClaims() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.examples.path)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }.sorted()
        let split = files.count / 2
        let paths = files.map { Fixtures.examples.appending(path: $0).path }

        let together = try Store(path: ":memory:")
        _ = try ImportJob(store: together, batchSize: 1).run(paths: paths)

        let twice = try Store(path: ":memory:")
        _ = try ImportJob(store: twice, batchSize: 1).run(paths: Array(paths[..<split]))
        _ = try ImportJob(store: twice, batchSize: 1).run(paths: Array(paths[split...]))
        #expect(try !twice.hasDirtyClaims())
        #expect(try export(twice) == export(together))
    }

    @Test("the catalog classifies files as the store would: unchanged, copy once, new, new version")
    func catalogDecisions() {
        let a = String(repeating: "a", count: 64)
        let b = String(repeating: "b", count: 64)
        var catalog = ImportCatalog(
            current: [(id: 1, path: "x.md", sha256: a)], copyPaths: [], nextArticleID: 2, nextMentionID: 1,
            nextClaimID: 1)
        #expect(catalog.decide(path: "x.md", sha256: a) == .unchanged(1))
        #expect(catalog.decide(path: "y.md", sha256: a) == .copy(of: 1, record: true))
        #expect(catalog.decide(path: "y.md", sha256: a) == .copy(of: 1, record: false))
        #expect(catalog.decide(path: "x.md", sha256: b) == .new(id: 2, replaces: 1))
        // The replaced bytes are no longer current: seen again, they are new once more.
        #expect(catalog.decide(path: "z.md", sha256: a) == .new(id: 3, replaces: nil))
        #expect(catalog.decide(path: "w.md", sha256: b) == .copy(of: 2, record: true))
    }

    @Test("claim ids are never reused, even when the newest claims were removed")
    func claimIDsAreNotReused() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "story.txt")
        try "Harbor officials said the ferry will resume service on Monday.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [file.path])
        let first = try #require(try store.claims().map(\.id).max())
        try "The city council voted to close the bridge for a week of repairs.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        _ = try ImportJob(store: store).run(paths: [file.path])
        let second = try store.claims().map(\.id)
        #expect(!second.contains(first))
        #expect(second.allSatisfy { $0 > first })
    }
}

@Suite("Exact wordings")
struct ExactWordingTests {
    @Test("a wording seen before names the claim it first joined, and follows it when it moves")
    func wordingNamesItsFirstClaim() {
        let wording = ClaimSignature(text: "The ferry will stop running on Friday, the port authority said.")
        var index = ClaimIndex()
        #expect(index.claim(worded: wording) == nil)
        index.insert(claim: 7, signature: wording)
        index.insert(claim: 9, signature: wording)
        #expect(index.claim(worded: wording) == 7)
        index.reword(wording, from: 9, to: 11)
        #expect(index.claim(worded: wording) == 7)
        index.reword(wording, from: 7, to: 11)
        #expect(index.claim(worded: wording) == 11)
    }

    @Test("an index loaded from the store knows the wordings of stored mentions")
    func loadedIndexKnowsWordings() throws {
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [Fixtures.examples.path])
        let index = try store.loadClaimIndex()
        let claims = Set(try store.claims().map(\.id))
        #expect(!index.claimByWording.isEmpty)
        #expect(index.claimByWording.values.allSatisfy { claims.contains($0) })
    }
}

@Suite("Signature cache")
struct SignatureCacheTests {
    @Test("a content's signature is the one computed afresh; a denial event keeps its own; a full cache starts again")
    func cachedSignaturesAreTheComputedOnes() {
        let cache = SignatureCache(capacity: 2)
        let content = "Iran denied the report that it plotted to kill the ambassador"
        let first = cache.entry(for: content, statementEvent: false)
        #expect(first.signature == ClaimSignature(text: content))
        #expect(first.encoded == ClaimSignature(text: content).encoded)
        let event = cache.entry(for: content, statementEvent: true)
        #expect(event.signature == ClaimSignature(text: content).markingStatementEvent())
        #expect(event.signature != first.signature)
        #expect(cache.entry(for: content, statementEvent: false).signature == first.signature)
        let other = "The ferry will stop running on Friday"
        #expect(cache.entry(for: other, statementEvent: false).signature == ClaimSignature(text: other))
    }
}
