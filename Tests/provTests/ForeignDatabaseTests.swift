import Foundation
import Testing

@testable import Provenance

/// A file that is not a prov store is never changed: prov only creates a store when importing into
/// a new or empty file, and every other command refuses a missing file instead of leaving one.
@Suite("Files that are not prov's")
struct ForeignDatabaseTests {
    let folder: URL
    let article: String

    init() throws {
        folder = try BinaryRun.temporaryFolder()
        article = folder.appending(path: "ferry.txt").path
        try "The harbour master said the night ferry will stop running in May.\n"
            .write(toFile: article, atomically: true, encoding: .utf8)
    }

    /// Every command, on the database at `db`.
    static func commands(_ db: String, article: String) -> [[String]] {
        [
            ["claims"], ["articles"], ["sources"], ["search", "ferry"], ["claim", "1"], ["export"],
            ["export", "--format", "csv", "--table", "claims"], ["report"], ["decisions"],
            ["mention", "1", "--speaker", "Ann Lee"], ["source", "grade", "Reuters", "B"],
            ["claim", "merge", "1", "2"],
            ["claims", "--suggested"], ["import", article],
        ].map { $0 + ["--db", db] }
    }

    /// Another program's SQLite database, in its default (rollback journal) mode.
    func foreignDatabase() throws -> String {
        let path = folder.appending(path: "their.sqlite").path
        let connection = try Connection(path: path)
        try connection.execute(
            "CREATE TABLE note(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO note(body) VALUES ('x')")
        return path
    }

    /// The names and bytes of every file in the folder.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appending(path: name))
        }
        return files
    }

    @Test("every command on another program's database says so and leaves its bytes and journal mode as they were")
    func foreignSQLite() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try foreignDatabase()
        let before = try snapshot()
        for arguments in Self.commands(db, article: article) {
            let run = try BinaryRun.prov(arguments)
            #expect(run.status != 0, "\(arguments)")
            #expect(run.stderr.contains("\(db) is not a prov database"), "\(arguments): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(arguments): \(run.stderr)")
        }
        #expect(try snapshot() == before)
        let mode = try Connection(path: db, readOnly: true).prepare("PRAGMA journal_mode").rows { $0.string(0) }
        #expect(mode == ["delete"])
    }

    @Test("a file that is not SQLite at all is refused, byte for byte unchanged")
    func notSQLite() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appending(path: "notes.sqlite").path
        try "These are my notes, not a database.\n".write(toFile: db, atomically: true, encoding: .utf8)
        let before = try snapshot()
        for arguments in Self.commands(db, article: article) {
            let run = try BinaryRun.prov(arguments)
            #expect(run.status != 0, "\(arguments)")
            #expect(run.stderr.contains("is not a prov database"), "\(arguments): \(run.stderr)")
        }
        #expect(try snapshot() == before)
    }

    @Test("a missing store is 'no such store' with the way to make one, and no file is left behind")
    func missingStore() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appending(path: "none.sqlite").path
        for arguments in Self.commands(db, article: article).dropLast() {
            let run = try BinaryRun.prov(arguments)
            #expect(run.status != 0, "\(arguments)")
            #expect(run.stderr.contains("no such store: \(db)"), "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("prov import"), "\(arguments)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["ferry.txt"])
        let imported = try BinaryRun.prov(["import", "--db", db, article])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try BinaryRun.prov(["claims", "--db", db]).status == 0)
    }

    @Test("an empty file stays empty under a reading command, and import makes it a store")
    func emptyFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appending(path: "empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: db, contents: Data()))
        let run = try BinaryRun.prov(["claims", "--db", db])
        #expect(run.status != 0)
        #expect(run.stderr.contains("no such store"))
        #expect(try Data(contentsOf: URL(filePath: db)).isEmpty)
        let imported = try BinaryRun.prov(["import", "--db", db, article])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try Store(path: db, mode: .existing).articles().count == 1)
    }

    @Test("the library refuses another program's database in either mode")
    func libraryRefuses() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try foreignDatabase()
        let before = try snapshot()
        for mode in [Store.OpenMode.existing, .createIfNeeded] {
            #expect(throws: ProvenanceError.notAProvDatabase(path: db)) { try Store(path: db, mode: mode) }
        }
        #expect(try snapshot() == before)
        #expect(throws: ProvenanceError.noSuchStore(path: db + "2")) { try Store(path: db + "2", mode: .existing) }
    }
}
