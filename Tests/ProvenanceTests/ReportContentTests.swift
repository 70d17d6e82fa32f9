import Foundation
import Testing

@testable import Provenance

/// The report's content read from an import of Examples/harbor-bridge: what the store
/// holds, in the right sections, and narrowed as asked.
@Suite("Report content")
struct ReportContentTests {
    let store: Store

    init() throws {
        store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [Fixtures.examples.path])
    }

    func claim(containing words: String) throws -> Claim {
        try #require(try store.claims().first { $0.text.contains(words) })
    }

    @Test("the summary counts are the store's")
    func summary() throws {
        let summary = try ReportBuilder().build(from: store).summary
        #expect(summary.articles == 10)
        #expect(summary.claims == (try store.counts().claims))
        #expect(summary.circular == (try store.claims(ClaimFilter(circular: true)).count))
        #expect(summary.contested == (try store.claims(ClaimFilter(contested: true)).count))
        #expect(summary.corroborated == (try store.claims(ClaimFilter(minOrigins: 2)).count))
        #expect(summary.unsourced == (try store.claims(ClaimFilter(unsourced: true)).count))
        #expect(summary.circular > 0 && summary.contested > 0 && summary.corroborated > 0)
    }

    @Test("the cracked-cables scoop is circular: nine articles, one origin, every article in its spread")
    func circularClaim() throws {
        let cracks = try claim(containing: "Cracks were found in two of the bridge")
        let content = try ReportBuilder().build(from: store)
        let circular = try #require(content.sections.first { $0.kind == .circular })
        let item = try #require(circular.claims.first { $0.claim.id == cracks.id })
        #expect(item.grade.line == "F3 — circular: 9 articles, 1 origin")
        #expect(item.origins.map(\.name) == ["Harbor Ledger"])
        #expect(item.spread.roots.count == 1)
        #expect(item.spread.leafCount == 9)
        #expect(item.evidence.count == 8)  // the default, with the rest counted
        #expect(item.evidenceLeftOut == cracks.mentionCount - 8)
        let titles = Set(item.evidence.map(\.article.title))
        #expect(titles.contains("Cracks found in Harbor Bridge’s main cables, engineer says"))
    }

    @Test("every claim is shown once; later sections point back to it")
    func eachClaimOnce() throws {
        let content = try ReportBuilder().build(from: store)
        let shown = content.sections.flatMap(\.claims).map(\.claim.id)
        #expect(Set(shown).count == shown.count)
        for reference in content.sections.flatMap(\.shownAbove) {
            #expect(shown.contains(reference.id))
        }
        let contested = try #require(content.sections.first { $0.kind == .contested })
        #expect(contested.count == (try store.claims(ClaimFilter(contested: true)).count))
        let unsafe = try #require(contested.claims.first { $0.claim.text == "the bridge was unsafe" })
        #expect(unsafe.evidence.contains { $0.stance == .denies })
        #expect(unsafe.grade.verdicts == ["contested", "independently corroborated"])
        let corroborated = try #require(content.sections.first { $0.kind == .corroborated })
        #expect(corroborated.claims.contains { $0.claim.text.contains("will close for repairs on March 10") })
        #expect(!content.sections.contains { $0.kind == .selected })
    }

    @Test("--claims shows just those claims, one that fits no section under 'Other selected claims'")
    func narrowByID() throws {
        let cracks = try claim(containing: "Cracks were found in two of the bridge")
        let single = try #require(try store.claims().first { $0.originCount == 1 && !$0.circular && !$0.contested })
        let content = try ReportBuilder(scope: ReportScope(claimIDs: [single.id, cracks.id])).build(from: store)
        #expect(content.shownClaims == 2)
        #expect(content.sections.first { $0.kind == .circular }?.claims.map(\.claim.id) == [cracks.id])
        #expect(content.sections.first { $0.kind == .selected }?.claims.map(\.claim.id) == [single.id])
        #expect(content.narrowing == ["claims \(single.id), \(cracks.id)"])
        #expect(throws: ProvenanceError.claimNotFound(id: 99_999)) {
            try ReportBuilder(scope: ReportScope(claimIDs: [cracks.id, 99_999])).build(from: store)
        }
    }

    @Test("--min-articles and --since narrow every section")
    func narrowByArticlesAndDate() throws {
        let wide = try ReportBuilder(scope: ReportScope(minArticles: 5)).build(from: store)
        let wideClaims = wide.sections.flatMap(\.claims)
        #expect(!wideClaims.isEmpty)
        #expect(wideClaims.allSatisfy { $0.claim.articleCount >= 5 })
        #expect(wide.shownClaims < (try ReportBuilder().build(from: store)).shownClaims)

        let late = try ReportBuilder(scope: ReportScope(since: "2025-03-06")).build(from: store)
        let lateClaims = late.sections.flatMap(\.claims)
        #expect(!lateClaims.isEmpty)
        #expect(lateClaims.allSatisfy { ($0.claim.firstSeen ?? "") >= "2025-03-06" })
        #expect(!lateClaims.contains { $0.claim.text.contains("Cracks were found in two") })
        #expect(late.narrowing == ["first seen on or after 2025-03-06"])
        #expect(late.summary == wide.summary)  // the summary is the whole store's
    }

    @Test("when not every sentence fits, denials go in first and the order stays by date")
    func evidencePrefersDenials() {
        func mention(_ id: Int64, _ stance: Stance) -> Mention {
            Mention(
                id: id, claimID: 1, articleID: id, start: 0, end: 1, exact: "x", prefix: "", suffix: "",
                speaker: nil, speakerSourceID: nil, speakerKind: nil, speakerStart: nil, speakerEnd: nil, via: [],
                stance: stance, hedged: false, cue: nil, cueStart: nil, cueEnd: nil, rule: "t", origin: "o",
                originSourceID: nil, originRule: "t")
        }
        let mentions = [mention(1, .asserts), mention(2, .asserts), mention(3, .asserts), mention(4, .denies)]
        #expect(ReportBuilder.evidence(mentions, limit: 2).map(\.id) == [1, 4])
        #expect(ReportBuilder.evidence(mentions, limit: 9).map(\.id) == [1, 2, 3, 4])
    }

    @Test("the grade line: reliability letter, credibility digit, verdicts and counts")
    func gradeLine() {
        let claim = Claim(
            id: 1, text: "t", articleCount: 17, mentionCount: 20, originCount: 1, circular: true, contested: false,
            unsourced: false, credibility: 3, firstSeen: nil)
        #expect(ReportGrade(claim: claim, originReliabilities: ["F"]).line == "F3 — circular: 17 articles, 1 origin")
        var two = claim
        (two.circular, two.originCount, two.credibility, two.articleCount) = (false, 2, 1, 1)
        #expect(
            ReportGrade(claim: two, originReliabilities: ["F", "B"]).line
                == "B1 — independently corroborated: 1 article, 2 origins")
        #expect(ReportGrade(claim: two, originReliabilities: []).code == "F1")
    }
}
