import Foundation
import Testing

@testable import Provenance

/// Search stays bounded on long articles and long queries: repeated words are searched once, at
/// most FullTextQuery.maximumWords words are searched, and an article's snippet is cut from the
/// piece of it that holds the words.
@Suite("Search")
struct SearchTests {
    @Test("a word typed twice is searched once, case aside, in the order typed")
    func deduplicates() throws {
        let query = try #require(FullTextQuery(userInput: "Ferry ferry bridge FERRY  bridge \"x"))
        #expect(query.words == ["Ferry", "bridge", "\"x"])
        #expect(query.expression == #""Ferry" "bridge" """x""#)
        #expect(query.ignoredWords == 0)
    }

    @Test("at most maximumWords different words are searched; the rest are counted")
    func caps() throws {
        let typed = (0..<40).map { "w\($0)" } + ["w0", "w1"]
        let query = try #require(FullTextQuery(userInput: typed.joined(separator: " ")))
        #expect(query.words == (0..<FullTextQuery.maximumWords).map { "w\($0)" })
        #expect(query.ignoredWords == 40 - FullTextQuery.maximumWords)
    }

    @Test("the pieces of an article are its whole text, in order, each a few lines")
    func pieces() {
        let lines = (0..<500).map { "Line \($0): the pier was painted." }
        let text = lines.joined(separator: "\n") + "\n" + String(repeating: "word ", count: 2_000)
        let pieces = SearchSnippet.pieces(of: text)
        #expect(pieces.joined() == text)
        #expect(pieces.count > 10)
        #expect(pieces.allSatisfy { $0.utf8.count <= 4 * SearchSnippet.pieceBytes + 64 })
    }

    @Test("the window holds the most different words, marked, with … where text was cut")
    func window() {
        let o = SearchSnippet.open
        let c = SearchSnippet.close
        let text =
            (0..<30).map { "a\($0)" }.joined(separator: " ") + " \(o)ferry\(c) b c \(o)checked\(c) d "
            + (0..<30).map { "z\($0)" }.joined(separator: " ")
        let snippet = SearchSnippet.cut(text, textBefore: false, textAfter: false)
        #expect(snippet == "…a27 a28 a29 [ferry] b c [checked] d z0 z1 z2 z3 z4 z5 z6 z7…")
        #expect(SearchSnippet.cut("short \(o)text\(c)", textBefore: false, textAfter: false) == "short [text]")
        #expect(SearchSnippet.cut("\(o)start\(c) of it", textBefore: true, textAfter: true) == "…[start] of it…")
    }

    @Test("a long article's snippet comes from the line that holds every word searched")
    func longArticle() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = ["---", "title: Harbour log", "outlet: Harbor Watch", "---"]
        lines += (0..<1_500).map { "Log line \($0): the tide gauge was read at dawn" }
        lines[1_200] = "Log line 1196: the lantern on the east pier was relit at dusk"
        let path = folder.appending(path: "log.md").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let store = try Store(path: folder.appending(path: "store.sqlite").path)
        _ = try ImportJob(store: store).run(paths: [path])

        let hits = try store.search("lantern pier lantern", limit: 5).filter { $0.kind == .article }
        let snippet = try #require(hits.first?.snippet)
        #expect(snippet.contains("[lantern]"))
        #expect(snippet.contains("[pier]"))
        #expect(snippet.hasPrefix("…") && snippet.hasSuffix("…"))
        #expect(snippet.split(separator: " ").count <= 16)
        // Words in different lines: the piece with most of them.
        let apart = try store.search("lantern gauge", limit: 5).filter { $0.kind == .article }
        #expect(apart.first?.snippet.contains("[lantern]") == true)
    }
}
