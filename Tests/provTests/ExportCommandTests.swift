import ArgumentParser
import Foundation
import Provenance
import Testing

@testable import prov

/// `prov export` options, parsed and run in process against a temporary database.
@Suite("Export command")
struct ExportCommandTests {
    let folder: URL
    let db: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "prov-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        db = folder.appending(path: "test.sqlite").path
        let command = try #require(
            try ProvCommand.parseAsRoot(["import", "--db", db, "--quiet", CommandTests.examples]) as? ProvCommand.Import
        )
        var output = ""
        var diagnostics = ""
        _ = try command.run(writingTo: &output, diagnostics: &diagnostics)
    }

    func export(_ arguments: [String]) throws -> (output: String, diagnostics: String) {
        let command = try #require(
            try ProvCommand.parseAsRoot(["export", "--db", db] + arguments) as? ProvCommand.Export)
        var output = ""
        var diagnostics = ""
        try command.run(writingTo: &output, diagnostics: &diagnostics)
        return (output, diagnostics)
    }

    @Test("plain --format csv is still one row per mention")
    func mentionRows() throws {
        let output = try export(["--format", "csv"]).output
        #expect(output.hasPrefix("mention_id,claim_id,claim_text,"))
    }

    @Test("--table writes one store table to stdout")
    func oneTable() throws {
        let output = try export(["--format", "csv", "--table", "claims"]).output
        #expect(output.hasPrefix(CSVTable.claims.columns.joined(separator: ",") + "\n"))
        #expect(output.split(separator: "\n").count > 5)
    }

    @Test("--out writes every table into a folder, one line per file on stderr")
    func everyTable() throws {
        let tables = folder.appending(path: "tables")
        let (output, diagnostics) = try export(["--format", "csv", "--out", tables.path])
        #expect(output.isEmpty)
        for table in CSVTable.allCases {
            let text = try String(contentsOf: tables.appending(path: table.fileName), encoding: .utf8)
            #expect(text.hasPrefix(table.columns.joined(separator: ",") + "\n"))
            #expect(diagnostics.contains(table.fileName))
        }
    }

    @Test(
        "--table and --out need --format csv, and not both at once",
        arguments: [
            ["--format", "json", "--table", "claims"], ["--format", "csv", "--table", "claims", "--out", "x"],
            ["--format", "csv", "--table", "nonsense"],
        ])
    func invalidCombinations(_ arguments: [String]) {
        #expect(throws: (any Error).self) { try ProvCommand.parseAsRoot(["export", "--db", db] + arguments) }
    }

    @Test("prov-json, claimreview and dot parse and run", arguments: ["prov-json", "claimreview", "dot"])
    func formats(_ format: String) throws {
        let output = try export(["--format", format]).output
        if format == "dot" {
            #expect(output.hasPrefix("digraph provenance {"))
        } else {
            #expect(try JSONSerialization.jsonObject(with: Data(output.utf8)) is [String: Any])
        }
    }
}

/// What a user sees first: `--help` on every command shows an example.
@Suite("Help")
struct HelpTests {
    static func commands(_ root: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
        [root] + root.configuration.subcommands.flatMap(commands)
    }

    @Test("every command's help has an example")
    func examples() {
        let commands = Self.commands(ProvCommand.self)
        #expect(commands.count > 8)
        for command in commands {
            let help = ProvCommand.helpMessage(for: command)
            #expect(help.contains("Example"), "\(command._commandName) --help has no example")
        }
    }

    @Test("completion scripts generate for bash, zsh and fish", arguments: [CompletionShell.bash, .zsh, .fish])
    func completions(_ shell: CompletionShell) {
        let script = ProvCommand.completionScript(for: shell)
        #expect(script.contains("export"))
        #expect(script.contains("claimreview"))
    }
}
