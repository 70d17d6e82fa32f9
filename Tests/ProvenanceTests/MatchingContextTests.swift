import Foundation
import Testing

@testable import Provenance

/// "the number had risen to 45" states a count with no words of what it counts: it is matched on
/// its headline's words, and never becomes the wording others are matched against.
@Suite("Bare figures")
struct MatchingContextTests {
    @Test("a bare count update joins the claim its headline is about")
    func bareFigureBorrowsTheHeadline() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = [
            "a.md": """
                ---
                title: Floods kill 45 people in the northern province
                outlet: Valley Herald
                date: 2025-04-02
                ---
                At least 45 people have been killed by floods in the northern province, the health ministry said on Tuesday.
                """,
            "b.md": """
                ---
                title: Northern province flood deaths climb again
                outlet: Coast Times
                date: 2025-04-03
                ---
                By Wednesday evening, the number had risen to 45.
                """,
        ]
        for (name, text) in articles {
            try text.write(to: folder.appending(path: name), atomically: true, encoding: .utf8)
        }
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [folder.path])
        var claimOf: [String: Int64] = [:]
        for claim in try store.claims() {
            for mention in try store.mentions(claim: claim.id) { claimOf[mention.exact] = claim.id }
        }
        let update = claimOf.first { $0.key.contains("risen to 45") }?.value
        let report = claimOf.first { $0.key.contains("killed by floods") }?.value
        #expect(update != nil)
        #expect(update == report)
    }

    @Test("the signature of a bare figure is widened by its headline, and only then")
    func onlyBareFiguresBorrow() {
        let headline = ClaimSignature(text: "Floods kill 45 people in the northern province")
        let bare = ClaimSignature(text: "the number had risen to 45")
        #expect(bare.isBareFigure)
        let widened = bare.inContext(of: headline)
        #expect(widened.borrowsContext)
        #expect(widened.tokens.contains(ClaimSignature.normalise("floods")))
        #expect(widened.figures == ["45"])
        let full = ClaimSignature(text: "45 people were killed by floods in the province")
        #expect(!full.isBareFigure)
        #expect(full.inContext(of: headline) == full)
    }
}
