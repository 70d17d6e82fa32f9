import Foundation
import Testing

@testable import Provenance

/// Rule 4: articles that are near-duplicates of one another (wire copy, syndication, reposts)
/// are one report. Found by the overlap of their five-word runs, not by their bytes.
@Suite("Near-duplicate articles")
struct CopyDetectionTests {
    static let story = """
        Two city officials said the harbor ferry would stop running on Monday while engineers inspect \
        the cracked landing at Pier 4. The inspection is expected to take three weeks, and commuters \
        have been told to use the shuttle buses that will leave the bus terminal every fifteen minutes. \
        The ferry carries about nine thousand passengers on a typical weekday, most of them office \
        workers who cross the bay in the morning and return in the evening. Officials said repairs \
        could begin as soon as the inspection ends, but they gave no estimate of the cost.
        """

    /// An article file with front matter.
    static func file(title: String, outlet: String, date: String, body: String) -> String {
        "---\ntitle: \(title)\noutlet: \(outlet)\ndate: \(date)\n---\n\(body)\n"
    }

    static func parsed(_ body: String) -> ParsedArticle {
        ParsedArticle(
            path: "a.txt", sha256: "", text: body, title: nil, outlet: nil, url: nil, published: nil,
            regions: [0..<body.utf8.count], headline: nil)
    }

    @Test("a reprint with another headline, an added line and a footer is a near-duplicate; a rewrite is not")
    func sketchesTellCopiesFromRewrites() {
        let original = ArticleSketch(Self.parsed(Self.story))
        let reprint = ArticleSketch(
            Self.parsed("Ferry halted for inspection\n" + Self.story + "\nFollow us for more local news. Share this story."))
        let rewrite = ArticleSketch(
            Self.parsed(
                """
                Commuters who rely on the harbor ferry will need another way across the bay from Monday. \
                The city is closing the service so engineers can examine damage to a landing at Pier 4, \
                a job officials expect to last three weeks. Shuttle buses will run from the terminal instead, \
                every fifteen minutes. Around nine thousand people use the ferry each weekday.
                """))
        #expect(original.hashes.count == ArticleSketch.size)
        #expect(original.similarity(to: reprint) >= 0.5)
        #expect(original.similarity(to: rewrite) < 0.2)
        #expect(ArticleSketch(blob: original.blob) == original)
    }

    @Test("three papers printing one uncredited wire story are one origin, traced as the earliest")
    func reprintsAreOneOrigin() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "a.md": Self.file(title: "Ferry to stop for inspection", outlet: "Harbor Wire", date: "2025-03-01", body: Self.story),
            "b.md": Self.file(
                title: "Bay ferry halted", outlet: "Lakeside Post", date: "2025-03-02",
                body: Self.story + "\n\nRead more local news on our website."),
            "c.md": Self.file(
                title: "Ferry service suspended", outlet: "Valley Herald", date: "2025-03-02",
                body: "Commuters face delays.\n\n" + Self.story),
        ]
        for (name, text) in files {
            try text.write(to: folder.appending(path: name), atomically: true, encoding: .utf8)
        }
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [folder.path])
        let articles = try store.articles()
        #expect(articles.filter { $0.copyOf == articles[0].id }.count == 2)
        let ferry = try #require(
            try store.claims().first { claim in
                try store.mentions(claim: claim.id).contains { $0.exact.contains("harbor ferry would stop running") }
            })
        #expect(ferry.articleCount == 3)
        #expect(ferry.originCount == 1)
        // Traced again from the stored rows, the answer is the same.
        try store.recorroborateAll()
        #expect(try store.claims().first { $0.id == ferry.id }?.originCount == 1)
    }
}
