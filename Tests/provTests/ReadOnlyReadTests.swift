import Foundation
import Testing

@testable import Provenance

/// A read command never writes: it answers from what is committed, says when an interrupted
/// import left claims to trace, and works on a store it may not write. `prov import` finishes.
@Suite("Reads never write")
struct ReadOnlyReadTests {
    let folder: URL
    let db: String

    /// Every read command, with the options that read differently.
    static let reads: [[String]] = [
        ["claims"], ["claims", "--circular"], ["claims", "--suggested"], ["claim", "1"], ["claim", "2", "--why"],
        ["claim", "1", "--format", "json"], ["mention", "1"], ["sources"], ["articles"], ["search", "ferry"],
        ["export"], ["export", "--format", "csv"], ["export", "--format", "ndjson"],
        ["export", "--format", "prov-json"], ["export", "--format", "claimreview"], ["export", "--format", "dot"],
        ["export", "--format", "csv", "--table", "claims"], ["export", "--format", "csv", "--table", "mentions"],
        ["report"], ["report", "--format", "html"], ["decisions"], ["decisions", "--all"],
    ]

    init() throws {
        folder = try BinaryRun.temporaryFolder()
        db = folder.appending(path: "store.sqlite").path
    }

    /// A store into which the first folder was imported whole and the second one batch by batch,
    /// stopped before the import's last plans and its tracing: claims are left dirty.
    static func interruptedStore(at db: String, first: URL, second: URL) throws -> Int {
        let store = try Store(path: db)
        _ = try ImportJob(store: store).run(paths: [first.path])
        let job = ImportJob(store: store, batchSize: 1)
        var planner = BatchPlanner(catalog: try store.importCatalog())
        planner.index = try store.loadClaimIndex()
        planner.copies = try store.loadCopyIndex()
        for file in ArticleFileFinder().find([second.path]).compactMap({ try? $0.get() }) {
            let batch = try job.analysis(of: [file], known: []).wait().map { try $0.get() }
            try store.write(planner.plan(batch))
        }
        return try store.connection.prepare("SELECT count(*) FROM claim WHERE dirty = 1").rows { $0.int(0) }[0]
    }

    /// Writes two folders of composed articles and the interrupted store; returns the dirty count.
    func prepare() throws -> (first: URL, second: URL, dirty: Int) {
        let first = folder.appending(path: "first")
        let second = folder.appending(path: "second")
        try ComposedStories.write(count: 8, story: 0, prefix: "a", into: first)
        try ComposedStories.write(count: 8, story: 1, prefix: "b", into: second)
        let dirty = try Self.interruptedStore(at: db, first: first, second: second)
        return (first, second, dirty)
    }

    /// The bytes and modification time of every file beside the store.
    func snapshot() throws -> [String: (Data, Date)] {
        var files: [String: (Data, Date)] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.contains("sqlite") {
            let url = folder.appending(path: name)
            let modified = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
            files[name] = (try Data(contentsOf: url), modified ?? .distantPast)
        }
        return files
    }

    @Test("every read command on a store an import left unfinished answers, says so in one line, and writes nothing")
    func readsAfterAnInterruptedImport() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, _, dirty) = try prepare()
        #expect(dirty > 0)
        let before = try snapshot()
        for arguments in Self.reads {
            let run = try BinaryRun.prov(arguments + ["--db", db])
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(!run.stdout.isEmpty, "\(arguments)")
            #expect(
                run.stderr == "prov: an interrupted import left \(dirty) claims to trace, so their counts may be "
                    + "out of date: run 'prov import --db \(db)' to finish it\n", "\(arguments): \(run.stderr)")
        }
        let after = try snapshot()
        for (name, (bytes, modified)) in before {
            #expect(after[name]?.0 == bytes, "\(name) changed")
            #expect(after[name]?.1 == modified, "\(name) was written")
        }
        // A reader of a WAL database may leave SQLite's empty log and shared index beside it, nothing else.
        for name in Set(after.keys).subtracting(before.keys) {
            #expect(name == "store.sqlite-shm" || name == "store.sqlite-wal", "\(name)")
            if name.hasSuffix("-wal") { #expect(after[name]?.0.isEmpty == true) }
        }
    }

    @Test("a read while an import holds the store's write lock and a transaction answers at once")
    func readsDuringAnImport() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, _, dirty) = try prepare()
        let lock = try StoreWriteLock(storePath: db)
        let writer = try Connection(path: db)
        try writer.execute("BEGIN IMMEDIATE; UPDATE claim SET text = text || ' (draft)'")
        for arguments in [["claims"], ["report"], ["export", "--format", "csv"]] {
            let run = try BinaryRun.prov(arguments + ["--db", db])
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(!run.stdout.contains("(draft)"))
            #expect(
                run.stderr == "prov: an import of \(db) is under way: \(dirty) claims are not traced yet, so their "
                    + "counts may change when it ends\n", "\(arguments): \(run.stderr)")
        }
        try writer.execute("ROLLBACK")
        _ = lock
    }

    @Test(
        "a store on a read-only file system can be read",
        .enabled(if: ReadOnlyMount.available, "needs unshare -m and mount --bind (root in a container that allows it)"))
    func readOnlyMedium() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try prepare()
        for arguments in [["claims"], ["claim", "1"], ["search", "ferry"], ["report"], ["export"]] {
            let run = try ReadOnlyMount.prov(arguments + ["--db", db], folder: folder)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(!run.stdout.isEmpty, "\(arguments)")
        }
        let write = try ReadOnlyMount.prov(["source", "grade", "Bay Courier", "B", "--db", db], folder: folder)
        #expect(write.status != 0)
        #expect(write.stderr.split(separator: "\n").count == 1, "\(write.stderr)")
    }

    @Test("prov import, with no files or with files it holds already, finishes what an interrupted import left")
    func importFinishes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (first, second, _) = try prepare()
        let complete = folder.appending(path: "complete.sqlite").path
        for path in [first, second] {
            #expect(try BinaryRun.prov(["import", "--db", complete, path.path]).status == 0)
        }
        let expected = try BinaryRun.prov(["export", "--db", complete]).stdout
        for finish in [["import", "--db", db], ["import", "--db", db, first.path]] {
            let store = folder.appending(path: "again.sqlite").path
            try? FileManager.default.removeItem(atPath: store)
            _ = try Self.interruptedStore(at: store, first: first, second: second)
            let arguments = finish.map { $0 == db ? store : $0 }
            let run = try BinaryRun.prov(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            let export = try BinaryRun.prov(["export", "--db", store])
            #expect(export.stderr.isEmpty, "\(export.stderr)")
            #expect(export.stdout == expected, "\(arguments)")
        }
        let nothing = try BinaryRun.prov(["import", "--db", folder.appending(path: "none.sqlite").path])
        #expect(nothing.status != 0)
        #expect(nothing.stderr.contains("no such store"))
    }
}

/// Runs `prov` with its store's folder mounted read-only, in a mount namespace of its own that
/// ends with the process (`unshare -m`), so nothing outside the test ever sees the mount.
enum ReadOnlyMount {
    static let available: Bool = {
        guard let folder = try? BinaryRun.temporaryFolder() else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try? run(["/bin/sh", "-c", "touch \"$0/probe\" 2>/dev/null; test $? -ne 0", folder.path], folder)
        return outcome?.status == 0
    }()

    static func prov(_ arguments: [String], folder: URL) throws -> BinaryRun.Outcome {
        try run([Bundle.main.bundleURL.appending(path: "prov").path] + arguments, folder)
    }

    /// `command` inside a namespace where `folder` is a read-only bind mount of itself.
    private static func run(_ command: [String], _ folder: URL) throws -> BinaryRun.Outcome {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/unshare")
        process.arguments =
            ["-m", "/bin/sh", "-c", "mount --bind -o ro \"$0\" \"$0\" && exec \"$@\"", folder.path] + command
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let written = out.fileHandleForReading.readDataToEndOfFile()
        let diagnostics = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRun.Outcome(
            status: process.terminationStatus, stdout: String(decoding: written, as: UTF8.self),
            stderr: String(decoding: diagnostics, as: UTF8.self))
    }
}
