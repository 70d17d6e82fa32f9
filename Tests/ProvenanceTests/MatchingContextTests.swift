import Foundation
import Testing

@testable import Provenance

/// Matching that depends on more than the two wordings: a bare figure ("the number had risen to
/// 45") is matched on its headline's words, and a mention left alone in the claim it started is
/// asked again from its side once the batch is read, so the order of the files matters less.
@Suite("Matching in context")
struct MatchingContextTests {
    /// The claim of each mention, by its exact text, after importing `articles` (file name → text).
    func claimsByText(_ articles: [String: String]) throws -> [String: Int64] {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in articles {
            try text.write(to: folder.appending(path: name), atomically: true, encoding: .utf8)
        }
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [folder.path])
        var claimOf: [String: Int64] = [:]
        for claim in try store.claims() {
            for mention in try store.mentions(claim: claim.id) { claimOf[mention.exact] = claim.id }
        }
        return claimOf
    }

    func claim(_ claims: [String: Int64], containing text: String) -> Int64? {
        claims.first { $0.key.contains(text) }?.value
    }

    @Test("a long wording read first joins the shorter wording of the same claim read after it")
    func orderOfFilesDoesNotSplitAClaim() throws {
        let claims = try claimsByText([
            "a.md": """
                ---
                title: Rail line reopens
                outlet: Valley Herald
                date: 2025-04-02
                ---
                No passengers were hurt when the overnight freight and passenger train from Dunmore derailed on the flooded river bridge near Millford junction in heavy autumn rain, the operator said.
                """,
            "b.md": """
                ---
                title: Train service resumes
                outlet: Coast Times
                date: 2025-04-03
                ---
                The operator said no passengers were hurt when the train derailed.
                """,
        ])
        let long = claim(claims, containing: "river bridge")
        #expect(long != nil)
        #expect(long == claim(claims, containing: "no passengers were hurt when the train derailed"))
    }

    @Test("a bare count update joins the claim its headline is about")
    func bareFigureBorrowsTheHeadline() throws {
        let claimOf = try claimsByText([
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
        ])
        let update = claim(claimOf, containing: "risen to 45")
        let report = claim(claimOf, containing: "killed by floods")
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
