import ArgumentParser
import Foundation
import Testing

@testable import prov

/// `prov report` parsed and run in process against an import of Examples/harbor-bridge.
@Suite("Report command")
struct ReportCommandTests {
    let folder: URL
    let db: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "prov-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        db = folder.appending(path: "test.sqlite").path
        let command = try #require(
            try ProvCommand.parseAsRoot(["import", "--db", db, "--quiet", CommandTests.examples])
                as? ProvCommand.Import)
        var output = ""
        var diagnostics = ""
        _ = try command.run(writingTo: &output, diagnostics: &diagnostics)
    }

    func report(_ arguments: [String]) throws -> String {
        let command = try #require(
            try ProvCommand.parseAsRoot(["report", "--db", db] + arguments) as? ProvCommand.Report)
        var output = ""
        try command.run(writingTo: &output)
        return output
    }

    /// The ids of the claims a Markdown report shows in full, in order.
    static func claimIDs(_ markdown: String) -> [String] {
        markdown.split(separator: "\n").filter { $0.hasPrefix("### Claim ") }.map {
            String($0.dropFirst("### Claim ".count).prefix { $0.isNumber })
        }
    }

    @Test("--format html writes one page; md and html show the same claims")
    func formats() throws {
        let html = try report(["--format", "html"])
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
        let markdown = try report([])
        let htmlIDs = html.matches(of: /<article class="claim" id="claim-(\d+)"/).map { String($0.1) }
        let markdownIDs = Self.claimIDs(markdown)
        #expect(!htmlIDs.isEmpty)
        #expect(htmlIDs == markdownIDs)
    }

    @Test("--claims takes several ids; --since takes a written date")
    func narrowing() throws {
        let markdown = try report(["--claims", "1", "2", "--since", "March 4, 2025"])
        #expect(markdown.contains("narrowed to claims 1, 2; first seen on or after 2025-03-04"))
        #expect(Self.claimIDs(markdown).sorted() == ["1", "2"])
        #expect(throws: (any Error).self) { try report(["--claims", "99999"]) }
    }

    @Test(
        "a date that is not one, or counts below one, are usage errors",
        arguments: [
            ["--since", "last week"], ["--min-articles", "0"], ["--evidence", "0"],
        ])
    func invalid(_ arguments: [String]) throws {
        #expect(throws: (any Error).self) { try ProvCommand.parseAsRoot(["report", "--db", db] + arguments) }
    }
}
