import Foundation
import Testing

@testable import Provenance

/// Analyst decisions: applied, recorded by stable keys, replayed after re-imports, undone.
@Suite("Decisions")
struct DecisionTests {
    static let fire = "The harbor ferry caught fire on Tuesday morning"
    static let evacuated = "all 40 passengers were evacuated safely"
    static let resume = "The ferry service will resume on Friday"
    static let commuters = "The ferry line carries 3,000 commuters a day"

    /// The gazette with a paragraph added before its sentences, so every offset in it moves.
    static let changedGazette = DecisionFixture.gazette.replacingOccurrences(
        of: "---\nThe ferry service", with: "---\nCommuters waited in the rain on Wednesday.\n\nThe ferry service")

    @Test("a merge joins two claims, and holds after a changed version of one article is imported")
    func mergeHoldsAfterReimport() throws {
        let fixture = try DecisionFixture()
        defer { fixture.remove() }
        try fixture.importAll()
        let fire = try fixture.claim(Self.fire)
        let resume = try fixture.claim(Self.resume)
        #expect(fire.id != resume.id)
        try fixture.store.mergeClaims(into: fire.id, from: resume.id, note: "one incident")
        #expect(try fixture.claim(Self.resume).id == fire.id)
        #expect(try fixture.store.claims().contains { $0.id == resume.id } == false)

        try fixture.write("gazette.md", Self.changedGazette)
        let summary = try fixture.importAll()
        #expect(summary.newVersions == 1)
        let moved = try fixture.mention(Self.resume)
        #expect(moved.start > 74)  // the new version's mention, found by its text
        #expect(moved.claimID == fire.id)
        #expect(try fixture.store.claimDetail(fire.id).claim.articleCount == 2)
    }

    @Test("replaying puts a merge back when the rows lost it (matching placed the mention elsewhere)")
    func replayRestoresAMerge() throws {
        let fixture = try DecisionFixture()
        defer { fixture.remove() }
        try fixture.importAll()
        let fire = try fixture.claim(Self.fire).id
        try fixture.store.mergeClaims(into: fire, from: try fixture.claim(Self.resume).id)
        let mention = try fixture.mention(Self.resume).id
        try fixture.store.connection.execute("INSERT INTO claim(text) VALUES ('elsewhere')")
        try fixture.store.connection.execute(
            "UPDATE mention SET claim_id = \(fixture.store.connection.lastInsertedRowID) WHERE id = \(mention)")
        #expect(try fixture.claim(Self.resume).id != fire)
        #expect(try fixture.store.replayDecisions() == 1)
        #expect(try fixture.claim(Self.resume).id == fire)
        #expect(try fixture.store.replayDecisions() == 0)  // idempotent
    }

    @Test("a split makes the named mentions a claim of their own, after re-import too")
    func splitHoldsAfterReimport() throws {
        let fixture = try DecisionFixture()
        defer { fixture.remove() }
        try fixture.importAll()
        let fire = try fixture.claim(Self.fire).id
        try fixture.store.mergeClaims(into: fire, from: try fixture.claim(Self.resume).id)
        try fixture.store.splitClaim(fire, mentions: [try fixture.mention(Self.resume).id])
        let split = try fixture.claim(Self.resume)
        #expect(split.id != fire)
        #expect(split.mentionCount == 1)
        try fixture.write("gazette.md", Self.changedGazette)
        try fixture.importAll()
        #expect(try fixture.claim(Self.resume).id != fire)
        #expect(try fixture.claim(Self.fire).mentionCount == 1)
    }

    @Test("a split must leave at least one mention and name only the claim's own")
    func splitRefusals() throws {
        let fixture = try DecisionFixture()
        defer { fixture.remove() }
        try fixture.importAll()
        let fire = try fixture.mention(Self.fire)
        #expect(throws: ProvenanceError.self) { try fixture.store.splitClaim(fire.claimID, mentions: [fire.id]) }
        let other = try fixture.mention(Self.resume).id
        #expect(throws: ProvenanceError.self) { try fixture.store.splitClaim(fire.claimID, mentions: [other]) }
        #expect(throws: ProvenanceError.self) { try fixture.store.mergeClaims(into: fire.claimID, from: fire.claimID) }
        #expect(try fixture.store.decisions().isEmpty)
    }

    @Test("a claim's wording and a mention's corrected speaker survive a re-import that moves every offset")
    func wordingAndSpeakerSurviveReimport() throws {
        let fixture = try DecisionFixture()
        defer { fixture.remove() }
        try fixture.importAll()
        let mention = try fixture.mention(Self.resume)
        #expect(mention.originRule == OriginRule.viaChain.rawValue)
        try fixture.store.setClaimText(mention.claimID, text: "Ferry service resumes Friday")
        try fixture.store.correctMention(
            mention.id, to: MentionAttribution(speaker: "Mayor Ann Holt", kind: .person, via: []))
        let corrected = try fixture.mention(Self.resume)
        #expect(corrected.speaker == "Mayor Ann Holt")
        #expect(corrected.origin == "Ann Holt")
        #expect(corrected.via.isEmpty)

        try fixture.write("gazette.md", Self.changedGazette)
        try fixture.importAll()
        let again = try fixture.mention(Self.resume)
        #expect(again.id != mention.id)
        #expect(again.speaker == "Mayor Ann Holt")
        #expect(again.origin == "Ann Holt")
        #expect(again.originRule == OriginRule.namedSpeaker.rawValue)
        #expect(try fixture.claim(Self.resume).text == "Ferry service resumes Friday")
    }

    @Test("merged sources count as one origin, also in articles imported after the merge")
    func sourceMergeCountsOnce() throws {
        let fixture = try DecisionFixture()
        defer { fixture.remove() }
        func article(_ name: String, outlet: String, date: String, speaker: String, sentence: String) throws {
            try fixture.write(
                name, "---\ntitle: \(name)\noutlet: \(outlet)\npublished: \(date)\n---\n\(sentence), \(speaker) said.\n"
            )
        }
        let treated = "Two crew members were treated for smoke inhalation"
        try article("e.md", outlet: "Bay Post", date: "2025-04-03", speaker: "the Harbor Authority", sentence: treated)
        try article(
            "f.md", outlet: "Coast Daily", date: "2025-04-04", speaker: "the Calder Port Authority", sentence: treated)
        try fixture.importAll()
        #expect(try fixture.claim(treated).originCount == 2)
        try fixture.store.mergeSources(into: "Harbor Authority", from: "Calder Port Authority")
        #expect(try fixture.claim(treated).originCount == 1)
        #expect(try fixture.claim(treated).circular)

        // A claim new to the next import, traced in memory before the replay: still one origin.
        let inspected = "The ferry will be inspected on Monday"
        try article(
            "g.md", outlet: "Shore News", date: "2025-04-05", speaker: "the Harbor Authority", sentence: inspected)
        try article(
            "h.md", outlet: "Isle Times", date: "2025-04-06", speaker: "the Calder Port Authority",
            sentence: inspected)
        try fixture.importAll()
        #expect(try fixture.claim(inspected).articleCount == 2)
        #expect(try fixture.claim(inspected).originCount == 1)
        let sources = try fixture.store.sources()
        #expect(!sources.contains { $0.name == "Calder Port Authority" })
        #expect(sources.first { $0.name == "Harbor Authority" }?.aliases.contains("Calder Port Authority") == true)

        let merge = try #require(try fixture.store.decisions().first)
        try fixture.store.undoDecision(merge.id)
        #expect(try fixture.claim(inspected).originCount == 2)
        #expect(try fixture.claim(treated).originCount == 2)
        #expect(try fixture.store.sources().contains { $0.name == "Calder Port Authority" })
    }

    @Test("a graded origin gives the claim its letter: B3; undoing the grade gives F3 back")
    func gradeShowsInTheClaimGrade() throws {
        let fixture = try DecisionFixture()
        defer { fixture.remove() }
        try fixture.importAll()
        let before = try fixture.claim(Self.resume)
        #expect(before.reliability == nil)
        #expect(ReportGrade(claim: before).code == "F3")
        let decision = try fixture.store.gradeSource("port gazette", grade: "b")
        #expect(
            decision.change
                == .gradeSource(
                    SourceRef(key: "port gazette", name: "Port Gazette", kind: .outlet), grade: "B", was: nil))
        let graded = try fixture.claim(Self.resume)
        #expect(graded.reliability == "B")
        #expect(ReportGrade(claim: graded).code == "B3")
        #expect(ReportGrade(claim: try fixture.claim(Self.evacuated)).code == "F3")
        #expect(throws: ProvenanceError.self) { try fixture.store.gradeSource("Port Gazette", grade: "G") }
        #expect(throws: ProvenanceError.self) { try fixture.store.gradeSource("Nobody Known", grade: "A") }
        try fixture.store.undoDecision(decision.id)
        #expect(try fixture.claim(Self.resume).reliability == nil)
    }

    @Test("undoing a merge splits the moved mentions off again; the decision stays listed as undone")
    func undoMerge() throws {
        let fixture = try DecisionFixture()
        defer { fixture.remove() }
        try fixture.importAll()
        let fire = try fixture.claim(Self.fire).id
        let decision = try fixture.store.mergeClaims(into: fire, from: try fixture.claim(Self.resume).id)
        #expect(try fixture.store.decisions().map(\.id) == [decision.id])
        let undone = try fixture.store.undoDecision(decision.id)
        #expect(undone.undoneAt != nil)
        #expect(try fixture.claim(Self.resume).id != fire)
        #expect(try fixture.claim(Self.fire).mentionCount == 1)
        #expect(try fixture.store.decisions().isEmpty)
        #expect(try fixture.store.decisions(includingUndone: true).count == 1)
        #expect(throws: ProvenanceError.self) { try fixture.store.undoDecision(decision.id) }
        // Not replayed once undone.
        #expect(try fixture.store.replayDecisions() == 0)
        #expect(try fixture.claim(Self.resume).id != fire)
    }

    @Test("decisions are stored as kinds and stable keys, never as row ids")
    func storedArguments() throws {
        let fixture = try DecisionFixture()
        defer { fixture.remove() }
        try fixture.importAll()
        let fire = try fixture.mention(Self.fire)
        try fixture.store.setClaimText(fire.claimID, text: "Ferry fire", note: "shorter")
        let row = try #require(
            try fixture.store.connection.prepare("SELECT kind, arguments, note FROM decision").rows {
                ($0.string(0), $0.string(1), $0.text(2))
            }.first)
        #expect(row.0 == "claim-text")
        #expect(row.1.contains("\"path\":\"\(fixture.folder.path)/articles/ledger.md\""))
        #expect(row.1.contains("\"start\":\(fire.start)"))
        #expect(!row.1.contains("\"id\""))
        #expect(row.2 == "shorter")
    }
}
