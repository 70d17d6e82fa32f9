import Foundation
import Testing

@testable import Provenance

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The HTML report: well-formed, holding what the store holds, and escaping article text.
@Suite("Report HTML")
struct ReportHTMLTests {
    /// Parses `html` as XML (the report is written to be well-formed XML) and returns the document.
    static func parse(_ html: String) throws -> XMLDocument {
        try XMLDocument(data: Data(html.utf8), options: [])
    }

    static func render(_ content: ReportContent) -> String {
        var html = ""
        HTMLReport().write(content, to: &html)
        return html
    }

    @Test("the report of Examples/harbor-bridge is well-formed and holds the store's claims, counts and titles")
    func harborBridge() throws {
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [Fixtures.examples.path])
        let content = try ReportBuilder().build(from: store)
        let html = Self.render(content)
        let document = try Self.parse(html)
        #expect(document.rootElement()?.name == "html")
        let claims = try document.nodes(forXPath: "//article[@class='claim']")
        #expect(claims.count == content.shownClaims)
        // A picture for every claim that some article asserts (a claim only denied spread nowhere).
        let spreading = content.sections.flatMap(\.claims).filter { !$0.spread.roots.isEmpty }.count
        #expect(try document.nodes(forXPath: "//*[local-name()='svg']").count == spreading)
        #expect(spreading > 0)
        #expect(try document.nodes(forXPath: "//script").isEmpty)
        #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!html.contains("src="))  // nothing to fetch: no images, scripts or fonts
        #expect(html.contains("@media print"))

        let figures = try document.nodes(forXPath: "//li[contains(@class,'figure')]/span[@class='count']")
            .map { $0.stringValue ?? "" }
        let summary = content.summary
        #expect(
            figures
                == [summary.claims, summary.circular, summary.contested, summary.corroborated, summary.unsourced]
                .map(String.init))

        let text = document.rootElement()?.stringValue ?? ""
        for claim in try store.claims(ClaimFilter(circular: true)) {
            #expect(text.contains(claim.text))
            #expect(try document.nodes(forXPath: "//article[@id='claim-\(claim.id)']").count == 1)
        }
        let cracks = try #require(try store.claims().first { $0.text.contains("Cracks were found in two") })
        let block = try #require(try document.nodes(forXPath: "//article[@id='claim-\(cracks.id)']").first)
        let blockText = block.stringValue ?? ""
        #expect(blockText.contains("F3 — circular: 9 articles, 1 origin"))
        #expect(blockText.contains("Cracks found in Harbor Bridge’s main cables, engineer says"))
        #expect(blockText.contains("2025-03-04 09:15 UTC"))
        let links = try block.nodes(forXPath: ".//a/@href").compactMap(\.stringValue)
        #expect(links.contains("https://harborledger.example/news/2025/03/04/harbor-bridge-cables-cracked"))
        // The spread picture: the origin at the root and one box per article.
        let boxes = try block.nodes(forXPath: ".//*[local-name()='g']/@class").compactMap(\.stringValue)
        #expect(boxes.filter { $0 == "node origin" }.count == 1)
        #expect(boxes.filter { $0 == "node article" }.count == 9)
    }

    @Test("article text, titles, outlets and URLs are escaped; only http(s) URLs become links")
    func escaping() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sentence = "The <script>alert(\"x\")</script> cables & \"wires\" of the bridge were cracked in 12 places"
        try """
        ---
        title: "<script>alert('t')</script> & \\"quoted\\" title"
        outlet: "Evil & <b>Co</b>"
        url: "javascript:alert(1)"
        date: 2025-03-04
        ---

        Bridge news

        \(sentence), the inspector said.
        """.write(to: folder.appending(path: "a.md"), atomically: true, encoding: .utf8)
        try """
        ---
        title: "Second <em>take</em>"
        outlet: Other & Sons
        url: "https://example.org/a?b=1&c='2'"
        date: 2025-03-05
        ---

        Bridge news again

        \(sentence), Evil & Co reported.
        """.write(to: folder.appending(path: "b.md"), atomically: true, encoding: .utf8)
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [folder.path])
        let ids = try store.claims().map(\.id)
        let content = try ReportBuilder(scope: ReportScope(claimIDs: ids)).build(from: store)
        let html = Self.render(content)

        for raw in ["<script", "<b>", "<em>", "javascript:", "alert('t')"] {
            #expect(!html.contains(raw), "unescaped \(raw)")
        }
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; cables &amp; &quot;wires&quot;"))
        #expect(html.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; title"))
        #expect(html.contains("href=\"https://example.org/a?b=1&amp;c=&#39;2&#39;\""))

        let document = try Self.parse(html)  // still well-formed
        let text = document.rootElement()?.stringValue ?? ""
        #expect(text.contains("<script>alert(\"x\")</script> cables & \"wires\""))  // shown as text, not run
        #expect(text.contains("Evil & <b>Co</b>"))
        #expect(
            try document.nodes(forXPath: "//a/@href").compactMap(\.stringValue).allSatisfy {
                $0.hasPrefix("#") || $0.hasPrefix("https://")
            })
    }

    @Test("control characters XML forbids are replaced, so the page stays well-formed")
    func controlCharacters() throws {
        #expect(HTMLText.escape("a\u{1}b\u{FFFE}c\td") == "a\u{FFFD}b\u{FFFD}c\td")
        #expect(HTMLText.escape("<&>\"'") == "&lt;&amp;&gt;&quot;&#39;")
    }
}
