import ArgumentParser
import Foundation
import Testing

@testable import Provenance
@testable import prov

/// `prov search` says when it leaves words out.
@Suite("Search command")
struct SearchCommandTests {
    func search(_ words: [String]) throws -> (output: String, diagnostics: String) {
        let folder = try BinaryRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appending(path: "store.sqlite").path
        _ = try ImportJob(store: try Store(path: db)).run(paths: [CommandTests.examples])
        let command = try #require(
            try ProvCommand.parseAsRoot(["search", "--db", db, "--format", "csv"] + words) as? ProvCommand.Search)
        var output = ""
        var diagnostics = ""
        try command.run(writingTo: &output, diagnostics: &diagnostics)
        return (output, diagnostics)
    }

    @Test("more different words than the cap: the first are searched, and stderr says how many were left out")
    func capNotice() throws {
        let words = ["cables"] + (1..<40).map { "word\($0)" } + ["cables"]
        let (output, diagnostics) = try search(words)
        #expect(output.hasPrefix("kind,id,claim"))
        #expect(
            diagnostics
                == "prov: searching for the first \(FullTextQuery.maximumWords) different words; the 8 after them are left out\n"
        )
    }

    @Test("repeated words are searched once, with no notice")
    func repeatedWords() throws {
        let (output, diagnostics) = try search(Array(repeating: "cables", count: 800))
        #expect(diagnostics.isEmpty)
        #expect(output.split(separator: "\n").count > 1)
    }
}
