import Foundation
import Provenance
import Testing

/// Two imports of one store at once take turns: both land, as if run one after the other.
@Suite("Imports at once")
struct ConcurrentImportTests {
    let folder: URL
    let first: URL
    let second: URL

    init() throws {
        folder = try BinaryRun.temporaryFolder()
        first = folder.appending(path: "first")
        second = folder.appending(path: "second")
        try ComposedStories.write(count: 40, story: 0, prefix: "a", into: first)
        try ComposedStories.write(count: 40, story: 2, prefix: "b", into: second)
    }

    /// The JSON export of the store at `db`.
    func export(_ db: String) throws -> String {
        let run = try BinaryRun.prov(["export", "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    /// The exports of `seed` (if any) then the two folders imported one after the other, in both orders.
    func sequentialExports(seed: URL?) throws -> Set<String> {
        var exports: Set<String> = []
        for (name, order) in [("ab", [first, second]), ("ba", [second, first])] {
            let db = folder.appending(path: "\(name).sqlite").path
            for path in (seed.map { [$0] } ?? []) + order {
                let run = try BinaryRun.prov(["import", "--db", db, path.path])
                #expect(run.status == 0, "\(run.stderr)")
            }
            exports.insert(try export(db))
        }
        return exports
    }

    /// Starts an import of each folder into `db` together, and waits for both.
    func importTogether(into db: String) throws -> [BinaryRun.Outcome] {
        let runs = try [first, second].map { try BinaryRun.start(["import", "--db", db, $0.path]) }
        return runs.map { $0.finish() }
    }

    @Test("two imports into one existing store at once both exit 0, and the store is as after one then the other")
    func intoAnExistingStore() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = folder.appending(path: "seed")
        try ComposedStories.write(count: 3, story: 1, prefix: "s", into: seed)
        let db = folder.appending(path: "together.sqlite").path
        #expect(try BinaryRun.prov(["import", "--db", db, seed.path]).status == 0)
        for run in try importTogether(into: db) {
            #expect(run.status == 0, "\(run.stderr)")
            #expect(!run.stderr.contains("SQL") && !run.stderr.contains("constraint"), "\(run.stderr)")
        }
        #expect(try sequentialExports(seed: seed).contains(try export(db)))
    }

    @Test("two imports into a new file at once both exit 0: one makes the store, the other waits for it")
    func intoANewFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appending(path: "together.sqlite").path
        for run in try importTogether(into: db) {
            #expect(run.status == 0, "\(run.stderr)")
            #expect(!run.stderr.contains("already exists"), "\(run.stderr)")
        }
        #expect(try sequentialExports(seed: nil).contains(try export(db)))
    }

    @Test("an import waits for the store's writer, says so in one line on stderr, then lands; the lock file goes")
    func waitsForTheWriter() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appending(path: "held.sqlite").path
        var lock: StoreWriteLock? = try StoreWriteLock(storePath: db)
        let runs = try [first, second].map { try BinaryRun.start(["import", "--db", db, $0.path]) }
        // Both print that they wait before the lock is given up.
        let waiting = runs.map { String(decoding: $0.err.fileHandleForReading.availableData, as: UTF8.self) }
        for line in waiting {
            #expect(line == "prov: waiting for another import or correction of \(db) to finish…\n")
        }
        #expect(StoreWriteLock.isHeld(storePath: db))
        lock = nil
        for run in runs.map({ $0.finish() }) {
            #expect(run.status == 0, "\(run.stderr)")
            #expect(!run.stderr.contains("rror"), "\(run.stderr)")
        }
        #expect(!StoreWriteLock.isHeld(storePath: db))
        #expect(!FileManager.default.fileExists(atPath: StoreWriteLock.path(forStore: db)))
        #expect(try sequentialExports(seed: nil).contains(try export(db)))
        _ = lock
    }
}
