import Foundation
import Testing

@testable import prov

/// A write that fails ends the command with a message and a non-zero status: output cut short by
/// a full disk is never reported as success.
@Suite("Output failures")
struct OutputFailureTests {
    let folder: URL
    let db: String

    init() throws {
        folder = try BinaryRun.temporaryFolder()
        db = folder.appending(path: "store.sqlite").path
        let imported = try BinaryRun.prov(["import", "--quiet", "--db", db, CommandTests.examples])
        #expect(imported.status == 0)
    }

    @Test(
        "a listing, report or export into a full disk exits non-zero and says so on stderr",
        arguments: [
            ["export", "--format", "json"], ["export", "--format", "csv"], ["export", "--format", "prov-json"],
            ["export", "--format", "dot"], ["report"], ["report", "--format", "html"], ["claims", "--format", "csv"],
            ["articles", "--format", "json"], ["sources"], ["claim", "1"],
        ])
    func fullDisk(_ arguments: [String]) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        let run = try BinaryRun.prov(arguments + ["--db", db], stdout: full)
        #expect(run.status != 0)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(run.stderr.contains("cannot write to standard output: No space left on device"))
    }

    @Test("export --out DIR stops at the file it cannot write, and reports no row count for it")
    func fullDiskFolder() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appending(path: "tables")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let claims = out.appending(path: "claims.csv").path
        try FileManager.default.createSymbolicLink(atPath: claims, withDestinationPath: "/dev/full")
        let run = try BinaryRun.prov(["export", "--db", db, "--format", "csv", "--out", out.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("cannot write to \(claims): No space left on device"))
        #expect(!run.stderr.split(separator: "\n").contains { $0.hasPrefix("\(claims): ") && $0.hasSuffix(" rows") })
        // The tables before it were written whole and counted; none after it were started.
        #expect(run.stderr.contains(out.appending(path: "articles.csv").path + ": "))
        #expect(!FileManager.default.fileExists(atPath: out.appending(path: "mentions.csv").path))
    }
}
