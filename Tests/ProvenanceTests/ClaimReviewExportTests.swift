import Foundation
import Testing

@testable import Provenance

@Suite("ClaimReview export")
struct ClaimReviewExportTests {
    @Test("one schema.org Claim per claim, with its appearances, first appearance and authors")
    func claims() throws {
        let store = try ExportFixture.store()
        var output = ""
        try ClaimReviewExporter().write(store, to: &output)
        let document = try ExportFixture.json(output)
        #expect(document["@context"] as? String == "https://schema.org")
        let graph = try #require(document["@graph"] as? [[String: Any]])
        #expect(graph.count == (try store.counts().claims))
        var published = 0
        for (claim, node) in zip(try store.claims().sorted { $0.id < $1.id }, graph) {
            #expect(node["@type"] as? String == "Claim")
            #expect(node["identifier"] as? String == String(claim.id))
            #expect(node["text"] as? String == claim.text)
            let appearances = try #require(node["appearance"] as? [[String: Any]])
            #expect(appearances.count == claim.articleCount)
            #expect(appearances.allSatisfy { $0["@type"] as? String == "CreativeWork" && $0["headline"] is String })
            let first = try #require(node["firstAppearance"] as? [String: Any])
            #expect(appearances.contains { NSDictionary(dictionary: $0).isEqual(to: first) })
            let authors = try #require(node["author"] as? [[String: Any]])
            #expect(authors.count <= claim.originCount)
            // An unsourced claim from an article with no outlet has nobody to name.
            #expect(!authors.contains { ($0["name"] as? String)?.hasSuffix(".txt") == true }, "\(authors)")
            #expect(authors.allSatisfy { ["Person", "Organization"].contains($0["@type"] as? String ?? "") })
            published += appearances.filter { ($0["publisher"] as? [String: Any])?["name"] is String }.count
        }
        #expect(published > 0)
    }

    @Test("a circular claim says so, and every one of its authors is its single origin")
    func circular() throws {
        let store = try ExportFixture.store()
        let circular = try #require(try store.claims(ClaimFilter(circular: true)).first)
        let detail = try store.claimDetail(circular.id)
        let node = try ExportFixture.json(try ClaimReviewExporter().claim(detail, store))
        #expect((node["description"] as? String)?.contains("circular") == true)
        #expect((node["author"] as? [Any])?.count ?? 0 <= 1)
    }
}
