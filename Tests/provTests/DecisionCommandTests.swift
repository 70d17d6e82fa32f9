import ArgumentParser
import Foundation
import Provenance
import Testing

@testable import prov

/// The analyst's commands, parsed and run in process against the example story.
@Suite("Decision commands")
struct DecisionCommandTests {
    let folder: URL
    let db: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "prov-decisions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        db = folder.appending(path: "test.sqlite").path
        let command = try #require(
            try ProvCommand.parseAsRoot(["import", "--db", db, "--quiet", CommandTests.examples])
                as? ProvCommand.Import)
        var output = ""
        var diagnostics = ""
        _ = try command.run(writingTo: &output, diagnostics: &diagnostics)
    }

    /// Parses and runs one command; returns what it wrote.
    func run<Command: ParsableCommand>(_ type: Command.Type, _ arguments: [String]) throws -> String {
        var output = ""
        let parsed = try #require(try ProvCommand.parseAsRoot(arguments + ["--db", db]) as? Command)
        switch parsed {
        case let command as ProvCommand.ClaimGroup.Show: try command.run(writingTo: &output)
        case let command as ProvCommand.ClaimGroup.Merge: try command.run(writingTo: &output)
        case let command as ProvCommand.ClaimGroup.Split: try command.run(writingTo: &output)
        case let command as ProvCommand.Claims: try command.run(writingTo: &output)
        case let command as ProvCommand.MentionCommand: try command.run(writingTo: &output)
        case let command as ProvCommand.SourceGroup.Merge: try command.run(writingTo: &output)
        case let command as ProvCommand.SourceGroup.Grade: try command.run(writingTo: &output)
        case let command as ProvCommand.Decisions: try command.run(writingTo: &output)
        default: Issue.record("no runner for \(Command.self)")
        }
        return output
    }

    /// The two claims seen in the most articles.
    func topClaims() throws -> (Int64, Int64) {
        let claims = try Store(path: db).claims()
        return (claims[0].id, claims[1].id)
    }

    @Test("source grade puts the letter in claims, claim and sources")
    func grade() throws {
        let graded = try run(ProvCommand.SourceGroup.Grade.self, ["source", "grade", "the harbor ledger", "B"])
        #expect(graded.hasPrefix("decision 1: source Harbor Ledger graded B"))
        let claims = try run(ProvCommand.Claims.self, ["claims", "--circular", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(claims.utf8)) as? [[String: Any]])
        #expect(rows.contains { $0["grade"] as? String == "B3" })
        let (top, _) = try topClaims()
        let shown = try run(ProvCommand.ClaimGroup.Show.self, ["claim", "\(top)"])
        #expect(shown.contains("grade B3"))
        #expect(shown.contains("Harbor Ledger [B]"))
        #expect(throws: (any Error).self) {
            try run(ProvCommand.SourceGroup.Grade.self, ["source", "grade", "Nobody", "A"])
        }
    }

    @Test("claim merge, listed by decisions, undone by decisions --undo")
    func mergeListUndo() throws {
        let (into, from) = try topClaims()
        let merged = try run(
            ProvCommand.ClaimGroup.Merge.self, ["claim", "merge", "\(into)", "\(from)", "--note", "same"])
        #expect(merged.hasPrefix("decision 1: claim of "))
        #expect(try Store(path: db).claims().contains { $0.id == from } == false)
        let listed = try run(ProvCommand.Decisions.self, ["decisions", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["kind"] as? String == "claim-merge")
        #expect(rows.first?["note"] as? String == "same")
        let undone = try run(ProvCommand.Decisions.self, ["decisions", "--undo", "1"])
        #expect(undone.hasPrefix("undid decision 1"))
        #expect(
            try run(ProvCommand.Decisions.self, ["decisions", "--format", "csv"]).split(separator: "\n").count == 1)
        #expect(try run(ProvCommand.Decisions.self, ["decisions", "--all", "--format", "csv"]).contains("claim-merge"))
        #expect(try Store(path: db).claims().count > 0)
    }

    @Test("claim ID --text rewords it; claim split needs --mention")
    func rewordAndSplitUsage() throws {
        let (top, _) = try topClaims()
        let shown = try run(ProvCommand.ClaimGroup.Show.self, ["claim", "\(top)", "--text", "Two cables cracked"])
        #expect(shown.hasPrefix("Claim \(top): Two cables cracked\n"))
        #expect(throws: (any Error).self) { try ProvCommand.parseAsRoot(["claim", "split", "\(top)"]) }
        let detail = try Store(path: db).claimDetail(top)
        let split = try run(
            ProvCommand.ClaimGroup.Split.self, ["claim", "split", "\(top)", "--mention", "\(detail.mentions[0].id)"])
        #expect(split.contains("the mentions now form claim "))
    }

    @Test("mention shows its attribution and takes a corrected speaker")
    func mention() throws {
        let (top, _) = try topClaims()
        let id = try Store(path: db).claimDetail(top).mentions[0].id
        #expect(try run(ProvCommand.MentionCommand.self, ["mention", "\(id)"]).hasPrefix("mention \(id): "))
        let corrected = try run(
            ProvCommand.MentionCommand.self, ["mention", "\(id)", "--speaker", "Jordan Pike", "--no-via"])
        #expect(corrected.contains("speaker Jordan Pike (person)"))
        let origins = try Store(path: db).claimDetail(top).origins.map(\.name)
        #expect(origins.contains("Jordan Pike"))
        #expect(throws: (any Error).self) { try ProvCommand.parseAsRoot(["mention", "1", "--kind", "robot"]) }
    }

    @Test("source merge makes one source an alias of another")
    func sourceMerge() throws {
        let merged = try run(ProvCommand.SourceGroup.Merge.self, ["source", "merge", "Dana Okoro", "Okoro"])
        #expect(merged.hasSuffix("source Okoro is an alias of Dana Okoro\n"))
        let sources = try Store(path: db).sources()
        #expect(!sources.contains { $0.name == "Okoro" })
    }
}
