import Foundation
import Testing

@testable import Provenance

/// Older databases upgrade in place, keeping their rows.
@Suite("Migrations")
struct MigrationTests {
    /// Tables, indexes and views as SQLite records them, without the version comment.
    static func schema(_ store: Store) throws -> [String] {
        try store.connection.prepare(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).rows { "\($0.string(0)) \($0.string(1)): \($0.text(2) ?? "")" }
    }

    @Test("a version 1 database made with the old schema text upgrades to the current schema and keeps its rows")
    func upgradesFromVersion1() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "v1.sqlite").path
        do {
            let old = try Connection(path: path)
            try old.execute(SchemaV1Fixture.sql)
            try old.execute("PRAGMA user_version = 1")
            try old.execute(
                "INSERT INTO source(key, name, kind, reliability) VALUES ('politico', 'Politico', 'outlet', 'B')")
        }
        let upgraded = try Store(path: path)
        #expect(try upgraded.schemaVersion() == Schema.version)
        #expect(try Self.schema(upgraded) == Self.schema(try Store(path: ":memory:")))
        #expect(try upgraded.sources().first?.reliability == "B")
        #expect(try upgraded.connection.prepare("PRAGMA integrity_check").rows { $0.string(0) } == ["ok"])
        for table in ["mention_fts", "article_fts"] {
            let settings = "SELECT k, v FROM \(table)_config WHERE k IN ('automerge', 'hashsize') ORDER BY k"
            let expected = ["automerge=0", "hashsize=16777216"]
            #expect(try upgraded.connection.prepare(settings).rows { "\($0.string(0))=\($0.int(1))" } == expected)
            #expect(
                try Store(path: ":memory:").connection.prepare(settings).rows { "\($0.string(0))=\($0.int(1))" }
                    == expected)
        }
        // The checks rewritten in place still refuse what they refused.
        let badStance = """
            INSERT INTO mention(article_id, claim_id, start, end, exact, prefix, suffix, content, signature, stance, rule)
            VALUES (1, 1, 0, 1, 'x', '', '', 'x', '', 'doubts', 'r')
            """
        #expect(throws: SQLiteError.self) { try upgraded.connection.execute(badStance) }
        try upgraded.gradeSource("Politico", grade: "A")
        #expect(try upgraded.decisions().count == 1)
    }

    @Test("a database from a newer prov is refused")
    func refusesNewer() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "new.sqlite").path
        _ = try Store(path: path)
        try Connection(path: path).execute("PRAGMA user_version = \(Schema.version + 1)")
        #expect(throws: ProvenanceError.self) { try Store(path: path) }
    }
}
