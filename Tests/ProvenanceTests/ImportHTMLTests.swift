import Foundation
import Testing

@testable import Provenance

/// Saved web pages (issue 14): pages composed here, never copies of real ones.
@Suite("Import: saved web pages")
struct ImportHTMLTests {
    static let paragraphs = [
        "Engineers found cracks in two cables of the Harbor Bridge on Monday, the city's transport office said.",
        "\"The bridge will close on Friday for repairs,\" Transport Commissioner Dana Holt told reporters.",
        "The state inspector, Miguel Ortiz, said the cables had been checked in March and showed no damage then.",
        "Repairs are expected to take three weeks, according to the contractor, Bayline Works.",
    ]

    /// A news page with everything a saved page carries around its story.
    static let newsPage = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Bridge to close | The Harbor Ledger</title>
        <meta property="og:title" content="Harbor Bridge to close for cable repairs">
        <meta property="og:site_name" content="The Harbor Ledger">
        <meta property="article:published_time" content="2025-03-04T09:30:00Z">
        <meta property="og:url" content="https://ledger.example/og-url">
        <link rel="canonical" href="https://ledger.example/2025/03/bridge">
        <meta name="author" content="Ana Ruiz">
        <style>p { color: black }</style>
        <script>window.tracking = "Do not read this sentence, it is a script.";</script>
        </head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/city">City news and politics</a></li>
        <li><a href="/sport">Sport results from the weekend</a></li></ul></nav>
        <header class="site-header"><p>The Harbor Ledger, your city's paper since 1901, every morning.</p></header>
        <div class="cookie-banner">We use cookies to improve your experience on our site, accept them all.</div>
        <main><article>
        <h1>Harbor Bridge to close for cable repairs</h1>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> Share this story with a friend today</div>
        <div class="article-body">
        <p>\(paragraphs[0])</p>
        <figure><img src="a.jpg"><figcaption>The Harbor Bridge at dusk, seen from the ferry terminal on Sunday.</figcaption></figure>
        <p>\(paragraphs[1].replacingOccurrences(of: "\"", with: "&quot;"))</p>
        <p>The state inspector, <a href="/people/ortiz">Miguel Ortiz</a>, said the cables had been checked in March and showed no damage then.</p>
        <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Ferry fares rise again for commuters this spring</a></li>
        <li><a href="/b">Council debates the harbor budget for next year</a></li></ul></aside>
        <p>\(paragraphs[3])</p>
        </div>
        </article>
        <section id="comments" class="comments"><h2>Comments</h2>
        <div class="comment"><p>I drive over that bridge every day and never noticed anything wrong with it, honestly.</p></div>
        </section>
        <div class="related-links"><a href="/c">Read more: the history of the Harbor Bridge since it opened in 1952</a></div>
        </main>
        <footer><p>Copyright 2025 The Harbor Ledger. All rights reserved, including the right to reproduce.</p></footer>
        </body></html>
        """

    func page(_ html: String) throws -> HTMLPage {
        try HTMLPage(bytes: Array(html.utf8), path: "page.html")
    }

    @Test("a news page keeps only the article's paragraphs: no nav, share bar, caption, related links or comments")
    func newsPageBody() throws {
        let page = try page(Self.newsPage)
        #expect(page.paragraphs == Self.paragraphs)
        #expect(page.text == "Harbor Bridge to close for cable repairs\n\n" + Self.paragraphs.joined(separator: "\n\n") + "\n")
    }

    @Test("metadata from Open Graph, article: tags, the canonical link and the author meta tag")
    func openGraphMetadata() throws {
        let metadata = try page(Self.newsPage).metadata
        #expect(metadata.title == "Harbor Bridge to close for cable repairs")
        #expect(metadata.outlet == "The Harbor Ledger")
        #expect(metadata.published == "2025-03-04T09:30:00Z")
        #expect(metadata.url == "https://ledger.example/2025/03/bridge")
        #expect(metadata.author == "Ana Ruiz")
    }

    @Test("metadata from JSON-LD in a @graph when the page has no Open Graph tags")
    func jsonLDMetadata() throws {
        let html = """
            <html><head><title>Site title | Bay Courier</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Bay Courier site"},
              {"@type":"NewsArticle","headline":"Ferry strike ends after talks","datePublished":"2025-02-11T18:00:00+01:00",
               "publisher":{"@type":"Organization","name":"Bay Courier"},"author":[{"@type":"Person","name":"Lee Park"}]}]}
            </script></head><body><h1>Another heading</h1><time datetime="2020-01-01">old</time>
            <p>Ferry workers returned to work on Tuesday after a two-day strike, the union said in a statement.</p>
            </body></html>
            """
        let metadata = try page(html).metadata
        #expect(metadata.title == "Ferry strike ends after talks")
        #expect(metadata.outlet == "Bay Courier")
        #expect(metadata.published == "2025-02-11T17:00:00Z")  // ISODate gives UTC
        #expect(metadata.author == "Lee Park")
        #expect(metadata.url == nil)
    }

    @Test("without og or JSON-LD: <title>, then <time datetime>")
    func plainMetadata() throws {
        let html = """
            <html><head><title>Council  votes on budget</title></head><body>
            <time datetime="2025-01-20">20 January</time>
            <p>The council voted nine to four for the budget on Monday night, the clerk said.</p></body></html>
            """
        let page = try page(html)
        #expect(page.metadata.title == "Council votes on budget")
        #expect(page.metadata.published == "2025-01-20")
        #expect(page.paragraphs.last == "The council voted nine to four for the budget on Monday night, the clerk said.")
    }

    @Test("a Windows-1252 page with a declared charset is decoded by it")
    func windows1252() throws {
        var bytes = Array(
            "<html><head><meta charset=\"windows-1252\"><title>Caf".utf8)
        bytes += [0xE9]
        bytes += Array(" owners protest</title></head><body><p>".utf8)
        bytes += [0x93] + Array("We will not close,".utf8) + [0x94]
        bytes += Array(" said the owner of the caf".utf8) + [0xE9] + Array(" on the quay, who has run it for 20 years ".utf8)
        bytes += [0x96] + Array(" since 2005.</p></body></html>".utf8)
        let page = try HTMLPage(bytes: bytes, path: "cp1252.html")
        #expect(page.metadata.title == "Café owners protest")
        #expect(
            page.paragraphs == [
                "\u{201C}We will not close,\u{201D} said the owner of the café on the quay, who has run it for 20 years \u{2013} since 2005."
            ])
    }

    @Test("a .html.gz page is inflated; its sha256 is that of the compressed file")
    func gzipPage() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appending(path: "story.html")
        try Data(Self.newsPage.utf8).write(to: plain)
        let gzip = Process()
        gzip.executableURL = URL(filePath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-n", plain.path]
        try gzip.run()
        gzip.waitUntilExit()
        #expect(gzip.terminationStatus == 0)
        let path = folder.appending(path: "story.html.gz").path
        let article = try ArticleReader().read(path: path, displayPath: "story.html.gz", metadata: MetadataOverrides())
        #expect(article.text == (try page(Self.newsPage)).text)
        let bytes = try [UInt8](Data(contentsOf: URL(filePath: path)))
        #expect(article.sha256 == bytes.withUnsafeBufferPointer { ArticleBytes.sha256Hex($0) })
        #expect(article.title == "Harbor Bridge to close for cable repairs")
        #expect(article.outlet == "The Harbor Ledger")
    }

    @Test("damaged gzip data is reported, not imported")
    func damagedGzip() {
        let bytes: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02]
        #expect(throws: ProvenanceError.self) { try HTMLPage(bytes: bytes, path: "bad.html.gz") }
    }

    @Test("folders yield .html, .htm and .html.gz files, and a named .html file is accepted")
    func finder() {
        for name in ["a.html", "b.HTM", "c.html.gz", "d.htm.gz"] { #expect(ArticleFileFinder.isArticleFile(name)) }
        for name in ["a.gz", "b.json.gz", "c.pdf"] { #expect(!ArticleFileFinder.isArticleFile(name)) }
    }

    @Test("a folder of pages imports end to end: mentions come from the body, offsets into the analysed text")
    func folderImport() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.newsPage.utf8).write(to: folder.appending(path: "ledger.html"))
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [folder.path])
        let articles = try store.articles()
        #expect(articles.count == 1)
        let article = try #require(articles.first)
        #expect(article.path.hasSuffix("ledger.html"))
        #expect(article.outlet == "The Harbor Ledger")
        #expect(article.url == "https://ledger.example/2025/03/bridge")
        let text = Array(try store.articleText(article.id).unicodeScalars)
        var output = ""
        try JSONExporter().write(store, to: &output)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let exported = try #require((document["articles"] as? [[String: Any]])?.first)
        #expect(exported["text"] as? String == String(String.UnicodeScalarView(text)))
        #expect(exported["source_format"] as? String == "html")
        let claims = try #require(document["claims"] as? [[String: Any]])
        let mentions = claims.flatMap { ($0["mentions"] as? [[String: Any]]) ?? [] }
        #expect(!mentions.isEmpty)
        var speakers: Set<String> = []
        for mention in mentions {
            let start = try #require(mention["start"] as? Int)
            let end = try #require(mention["end"] as? Int)
            let exact = try #require(mention["exact"] as? String)
            #expect(String(String.UnicodeScalarView(text[start..<end])) == exact)
            #expect(!exact.contains("drive over that bridge"))
            if let speaker = mention["speaker"] as? String { speakers.insert(speaker) }
        }
        #expect(speakers.contains { $0.contains("Holt") })
    }
}
