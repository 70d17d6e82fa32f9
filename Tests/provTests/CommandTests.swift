import ArgumentParser
import Foundation
import Testing

@testable import prov

/// Commands parsed and run in process against a temporary database.
@Suite("Commands")
struct CommandTests {
    static let examples = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Examples/harbor-bridge").path

    let folder: URL
    let db: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "prov-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        db = folder.appending(path: "test.sqlite").path
        let command = try #require(
            try ProvCommand.parseAsRoot(["import", "--db", db, "--quiet", Self.examples]) as? ProvCommand.Import)
        var output = ""
        var diagnostics = ""
        _ = try command.run(writingTo: &output, diagnostics: &diagnostics)
    }

    func run<Command: ParsableCommand>(_ type: Command.Type, _ arguments: [String]) throws -> Command {
        try #require(try ProvCommand.parseAsRoot(arguments) as? Command)
    }

    @Test("claims as CSV: a header and one row per claim")
    func claimsCSV() throws {
        let command = try run(ProvCommand.Claims.self, ["claims", "--db", db, "--format", "csv"])
        var output = ""
        try command.run(writingTo: &output)
        let lines = output.split(separator: "\n")
        #expect(lines.first == "id,articles,origins,grade,flags,first_seen,text")
        #expect(lines.count > 5)
    }

    @Test("claims as JSON parse back, and --circular keeps only circular claims")
    func circularJSON() throws {
        let command = try run(ProvCommand.Claims.self, ["claims", "--db", db, "--circular", "--format", "json"])
        var output = ""
        try command.run(writingTo: &output)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { ($0["flags"] as? String)?.contains("circular") == true })
    }

    @Test("claim shows its origins and mentions; an unknown id is an error")
    func showClaim() throws {
        let show = try run(ProvCommand.ClaimGroup.Show.self, ["claim", "--db", db, "1", "--why"])
        var output = ""
        try show.run(writingTo: &output)
        #expect(output.hasPrefix("Claim 1: "))
        #expect(output.contains("Origins:"))
        #expect(output.contains("traced: "))
        let missing = try run(ProvCommand.ClaimGroup.Show.self, ["claim", "show", "--db", db, "99999"])
        var ignored = ""
        #expect(throws: (any Error).self) { try missing.run(writingTo: &ignored) }
    }

    @Test("export --format ndjson writes one JSON object per mention")
    func ndjsonExport() throws {
        let command = try run(ProvCommand.Export.self, ["export", "--db", db, "--format", "ndjson"])
        var output = ""
        try command.run(writingTo: &output)
        for line in output.split(separator: "\n") {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
        #expect(output.split(separator: "\n").count > 10)
    }

    @Test("the report has its three sections")
    func report() throws {
        let command = try run(ProvCommand.Report.self, ["report", "--db", db])
        var output = ""
        try command.run(writingTo: &output)
        #expect(output.contains("## Look corroborated, but circular"))
        #expect(output.contains("## Contested"))
        #expect(output.contains("## Independently corroborated"))
    }

    @Test("search takes FTS5 operators literally")
    func search() throws {
        let command = try run(ProvCommand.Search.self, ["search", "--db", db, "AND", "cables", "\""])
        var output = ""
        try command.run(writingTo: &output)
        #expect(output.hasPrefix("kind,id,claim"))
    }

    @Test("reading commands refuse a database that does not exist")
    func missingDatabase() throws {
        let command = try run(ProvCommand.Claims.self, ["claims", "--db", folder.appending(path: "none.sqlite").path])
        var output = ""
        #expect(throws: (any Error).self) { try command.run(writingTo: &output) }
    }
}

/// The built binary, for exit codes and stderr.
@Suite("Binary")
struct BinaryTests {
    /// Runs `.build/<triple>/debug/prov` and returns (status, stdout, stderr).
    func prov(_ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appending(path: "prov")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
    }

    @Test("a missing file is one line on stderr and exit status 1; PROV_DB picks the database")
    func missingFile() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "prov-bin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appending(path: "env.sqlite").path
        let (status, _, stderr) = try prov(["import", "/nonexistent/article.txt"], environment: ["PROV_DB": db])
        #expect(status == 1)
        #expect(stderr.contains("/nonexistent/article.txt: no such file"))
        #expect(FileManager.default.fileExists(atPath: db))
    }

    @Test("an unknown claim id exits non-zero with a sentence, not a stack trace")
    func unknownClaim() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "prov-bin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appending(path: "x.sqlite").path
        _ = try prov(["import", "--db", db, CommandTests.examples])
        let (status, _, stderr) = try prov(["claim", "--db", db, "424242"])
        #expect(status != 0)
        #expect(stderr.contains("Error: no claim 424242"))
    }
}
