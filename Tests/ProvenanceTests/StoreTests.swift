import Foundation
import Testing

@testable import Provenance

@Suite("Store")
struct StoreTests {
    @Test("the embedded schema is the reviewed schema.sql")
    func schemaMatchesTheReviewedFile() throws {
        let reviewed = try String(contentsOf: Fixtures.projectRoot.appending(path: "schema.sql"), encoding: .utf8)
        #expect(reviewed.trimmingCharacters(in: .whitespacesAndNewlines) == Schema.sql)
    }

    @Test("a new store is at the current schema version")
    func migrates() throws {
        let store = try Store(path: ":memory:")
        #expect(try store.schemaVersion() == Schema.version)
    }

    @Test("importing the seeds twice leaves the database unchanged")
    func reimportIsANoOp() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(path: folder.appending(path: "db.sqlite").path)
        let first = try ImportJob(store: store).run(paths: [Fixtures.seeds.path])
        #expect(first.imported == 5)
        let counts = try store.counts()
        var before = ""
        try JSONExporter().write(store, to: &before)
        let second = try ImportJob(store: store).run(paths: [Fixtures.seeds.path])
        #expect(second.unchanged == 5)
        #expect(second.imported == 0)
        var after = ""
        try JSONExporter().write(store, to: &after)
        #expect(try store.counts() == counts)
        #expect(before == after)
    }

    @Test("every stored mention's offsets select its exact text in the original file, in code points")
    func offsetsPointIntoTheFile() throws {
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [Fixtures.seeds.path, Fixtures.examples.path])
        var checked = 0
        try store.forEachClaimDetail { detail in
            for mention in detail.mentions {
                let path = try #require(detail.articles[mention.articleID]?.path)
                let text = Array(try String(contentsOfFile: path, encoding: .utf8).unicodeScalars)
                let exact = String(String.UnicodeScalarView(text[mention.start..<mention.end]))
                #expect(exact == mention.exact)
                let prefix = String(String.UnicodeScalarView(text[max(0, mention.start - 32)..<mention.start]))
                #expect(prefix == mention.prefix)
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    @Test("the same bytes at a new path are recorded as a copy, not analysed twice")
    func copiesAreRecorded() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = folder.appending(path: "a.txt")
        try "Bridge closes Monday\n\nThe bridge will close on Monday, the mayor said.\n"
            .write(to: original, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: original, to: folder.appending(path: "b.txt"))
        let store = try Store(path: ":memory:")
        let summary = try ImportJob(store: store).run(paths: [folder.path])
        #expect(summary.imported == 1)
        #expect(summary.copies == 1)
        #expect(try store.articles().count == 1)
    }

    @Test("a changed file at a known path replaces its earlier version")
    func changedFileIsANewVersion() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "story.txt")
        try "Harbor news\n\nThe ferry will stop running on Friday, the port authority said.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [file.path])
        try "Harbor news\n\nThe ferry will stop running on Saturday, the port authority said.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let summary = try ImportJob(store: store).run(paths: [file.path])
        #expect(summary.newVersions == 1)
        let articles = try store.articles()
        #expect(articles.count == 1)
        var export = ""
        try JSONExporter().write(store, to: &export)
        #expect(export.contains("Saturday"))
        #expect(!export.contains("Friday"))
    }

    @Test("a new version leaves no row naming the old one's mentions (the import's cascades hold)")
    func newVersionLeavesNoDanglingRows() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "story.txt")
        try "Harbor news\n\nThe ferry will stop running on Friday, two port officials told Reuters.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [file.path])
        let count = { (sql: String) in try store.connection.prepare(sql).rows { $0.int(0) }.first ?? -1 }
        #expect(try count("SELECT count(*) FROM mention_via") == 1)
        try "Harbor news\n\nThe ferry will stop running on Saturday, the port authority said.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        _ = try ImportJob(store: store).run(paths: [file.path])
        #expect(try count("SELECT count(*) FROM mention_via") == 0)
        #expect(try store.connection.prepare("PRAGMA foreign_key_check").rows { $0.string(0) }.isEmpty)
    }

    @Test("a deleted claim's id is never given to a new claim, which a claim index might still name")
    func claimIDsAreNotReused() throws {
        let store = try Store(path: ":memory:")
        let insert = try store.connection.prepare("INSERT INTO claim(text) VALUES (?)")
        try insert.run("first")
        try insert.run("second")
        let last = store.connection.lastInsertedRowID
        try store.connection.prepare("DELETE FROM claim WHERE id = ?").run(last)
        try insert.run("third")
        #expect(store.connection.lastInsertedRowID > last)
    }

    @Test("a bad file is reported and skipped while the others import", arguments: ["binary", "latin1", "frontmatter"])
    func badFilesAreSkipped(_ kind: String) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Good story\n\nThe council approved the budget on Tuesday, the clerk said.\n"
            .write(to: folder.appending(path: "good.txt"), atomically: true, encoding: .utf8)
        let bad: [UInt8] =
            switch kind {
            case "binary": [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]
            case "latin1": Array("Caf".utf8) + [0xE9] + Array(" ouvert.\n".utf8)
            default: Array("---\ntitle: [unclosed\n---\nBody text here.\n".utf8)
            }
        try Data(bad).write(to: folder.appending(path: "bad.txt"))
        let store = try Store(path: ":memory:")
        var failures: [ProvenanceError] = []
        let summary = try ImportJob(store: store).run(paths: [folder.path]) { event in
            if case .failed(_, let error) = event { failures.append(error) }
        }
        #expect(summary.failed == 1)
        #expect(summary.imported == 1)
        #expect(failures.count == 1)
        #expect(failures.first?.path?.hasSuffix("bad.txt") == true)
    }

    @Test(
        "FTS5 operators typed by a user are searched, not parsed",
        arguments: ["AND", "\"", "-bridge", "text:x", "NEAR(", "OR embassy"])
    func userInputIsNeverSyntax(_ input: String) throws {
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [Fixtures.examples.path])
        #expect(throws: Never.self) { try store.search(input) }
        #expect(throws: Never.self) { try store.claims(ClaimFilter(search: input)) }
    }

    @Test("a claim marked dirty is traced again by the first read, so counts are never stale")
    func dirtyClaimsAreTracedOnRead() throws {
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [Fixtures.examples.path])
        #expect(try !store.hasDirtyClaims())
        let before = try store.claims()
        try store.markDirty(Set(before.map(\.id)))
        #expect(try store.hasDirtyClaims())
        let after = try store.claims()
        #expect(try !store.hasDirtyClaims())
        #expect(after == before)
    }

    @Test("an unknown claim id is a user error that names the way out")
    func unknownClaim() throws {
        let store = try Store(path: ":memory:")
        #expect(throws: ProvenanceError.claimNotFound(id: 42)) { try store.claimDetail(42) }
        #expect("\(ProvenanceError.claimNotFound(id: 42))".contains("prov claims"))
    }
}
