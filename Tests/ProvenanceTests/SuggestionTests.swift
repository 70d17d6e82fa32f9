import Foundation
import Testing

@testable import Provenance

/// The second tier of matching: borderline matches are suggested, not merged, and an analyst's
/// answer (merge, or keep apart) removes the pair from the list.
@Suite("Suggested merges")
struct SuggestionTests {
    @Test("a near miss is the best claim below the threshold, never the claim that matched")
    func nearMissBelowThreshold() {
        var index = ClaimIndex(threshold: 0.99)
        index.insert(claim: 1, signature: ClaimSignature(text: "The harbor ferry will stop running for three weeks."))
        let probe = ClaimSignature(text: "The harbor ferry will stop running for three weeks of engine repairs.")
        let matches = index.matches(for: probe)
        #expect(matches.best == nil)
        let nearMiss = try? #require(matches.nearMiss)
        #expect(nearMiss?.claim == 1)
        #expect((nearMiss?.score ?? 0) >= index.suggestionFloor && (nearMiss?.score ?? 1) < index.threshold)
        index.threshold = 0.1
        #expect(index.matches(for: probe).best?.claim == 1)
        #expect(index.matches(for: probe).nearMiss == nil)
    }

    @Test("the dev corpus yields suggestions; keeping a pair apart or merging it removes it from the list")
    func analystAnswersRemovePairs() throws {
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [Fixtures.devArticles.path])
        let suggestions = try store.suggestedMerges()
        try #require(suggestions.count >= 2)
        for suggestion in suggestions {
            #expect(suggestion.claim.id < suggestion.other.id)
            #expect(suggestion.score >= 0.3 && suggestion.score < 0.4)
        }
        let rejected = suggestions[0]
        try store.keepApart(rejected.other.id, rejected.claim.id)
        let merged = try #require(try store.suggestedMerges().first)
        #expect(
            try !store.suggestedMerges().contains {
                $0.claim.id == rejected.claim.id && $0.other.id == rejected.other.id
            })
        _ = try store.mergeClaims(into: merged.claim.id, from: merged.other.id)
        #expect(
            try !store.suggestedMerges().contains { $0.claim.id == merged.claim.id && $0.other.id == merged.other.id })
        #expect(throws: ProvenanceError.self) { try store.keepApart(3, 3) }
    }
}
