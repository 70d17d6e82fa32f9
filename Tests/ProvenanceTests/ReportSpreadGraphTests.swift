import Testing

@testable import Provenance

/// The spread picture's tree and its geometry, built from hand-made mentions.
@Suite("Report spread graph")
struct ReportSpreadGraphTests {
    static func article(_ id: Int64, _ outlet: String?, _ published: String?) -> ReportArticle {
        ReportArticle(id: id, title: "Article \(id)", outlet: outlet, url: nil, published: published)
    }

    static func mention(_ id: Int64, article: Int64, origin: String, via: [String] = []) -> Mention {
        Mention(
            id: id, claimID: 1, articleID: article, start: 0, end: 1, exact: "x", prefix: "", suffix: "",
            speaker: "two officials", speakerSourceID: nil, speakerKind: nil, speakerStart: nil, speakerEnd: nil,
            via: via, stance: .asserts, hedged: false, cue: nil, cueStart: nil, cueEnd: nil, rule: "test",
            origin: origin, originSourceID: nil, originRule: "test")
    }

    /// Politico's scoop (article 1), Fox News citing Politico (2), a blog citing Fox News citing Politico (3),
    /// and an undated repost (4); then a second, independent origin.
    static let articles: [Int64: ReportArticle] = [
        1: article(1, "Politico", "2020-09-13T10:00:00Z"),
        2: article(2, "Fox News", "2020-09-13T15:00:00Z"),
        3: article(3, "Daily Blog", "2020-09-14"),
        4: article(4, nil, nil),
        5: article(5, "Reuters", "2020-09-12"),
    ]

    static let graph = SpreadGraph(
        origins: [
            ClaimOrigin(
                name: "Politico", sourceID: nil, firstPublished: "2020-09-13", mentionIDs: [14, 13, 11, 12, 15]),
            ClaimOrigin(name: "Iran's foreign ministry", sourceID: nil, firstPublished: "2020-09-12", mentionIDs: [16]),
        ],
        mentions: [
            mention(11, article: 1, origin: "Politico"),
            mention(12, article: 2, origin: "Politico", via: ["Politico"]),
            mention(13, article: 3, origin: "Politico", via: ["Fox News", "Politico"]),
            mention(14, article: 4, origin: "Politico"),
            mention(15, article: 2, origin: "Politico", via: ["Politico"]),  // a second mention in article 2
            mention(16, article: 5, origin: "Iran's foreign ministry", via: ["Reuters"]),
        ],
        articles: articles)

    @Test("one tree per origin; via chains run from the origin down to the article, and repeat no node")
    func treeShape() throws {
        #expect(Self.graph.roots.map(\.name) == ["Politico", "Iran's foreign ministry"])
        let politico = Self.graph.roots[0]
        // Article 1 is Politico's own; article 2 names only Politico (the origin) as via, so it hangs from the root.
        // Article 3 came via Fox News; the undated repost comes last.
        #expect(
            politico.children.map(\.label) == [
                "Politico, 2020-09-13", "Fox News, 2020-09-13", "via Fox News", "Article 4",
            ])
        #expect(politico.children[2].kind == .via)
        #expect(politico.children[2].children.map(\.label) == ["Daily Blog, 2020-09-14"])
        #expect(politico.leafCount == 4)  // article 2 once, for its two mentions
        // The outlet that carried it is the article, not an intermediary of its own.
        #expect(Self.graph.roots[1].children.map(\.kind) == [.article])
        #expect(Self.graph.leafCount == 5)
    }

    @Test("a big picture keeps the earliest articles of each origin and counts the rest in one box")
    func pruning() throws {
        let small = SpreadGraph(
            origins: [
                ClaimOrigin(name: "Politico", sourceID: nil, firstPublished: nil, mentionIDs: [11, 12, 13, 14])
            ],
            mentions: [
                Self.mention(11, article: 1, origin: "Politico"),
                Self.mention(12, article: 2, origin: "Politico", via: ["Politico"]),
                Self.mention(13, article: 3, origin: "Politico", via: ["Fox News", "Politico"]),
                Self.mention(14, article: 4, origin: "Politico"),
            ],
            articles: Self.articles, articlesPerOrigin: 2)
        let root = try #require(small.roots.first)
        #expect(
            root.children.map(\.label) == ["Politico, 2020-09-13", "Fox News, 2020-09-13", "… and 2 more articles"])
        #expect(root.children.last?.kind == .more)
        #expect(small.leafCount == 2)
    }

    @Test("layout: one row per article, inner nodes centred on their children, columns by level")
    func layout() throws {
        let layout = SpreadGraphLayout(Self.graph)
        #expect(layout.boxes.count == 8)  // 2 roots, 1 via, 5 articles
        let root = layout.boxes[0]
        let children = layout.boxes.filter { $0.parent == 0 }
        #expect(children.count == 4)
        let (first, last) = (try #require(children.first), try #require(children.last))
        #expect(root.y == (first.y + last.y) / 2)
        #expect(children.allSatisfy { $0.x == root.x + SpreadGraphLayout.columnWidth })
        let rows = layout.boxes.filter { $0.node.kind == .article }.map(\.y)
        #expect(Set(rows).count == rows.count)  // no two articles share a row
        #expect(
            layout.width == 2 * SpreadGraphLayout.columnWidth + SpreadGraphLayout.boxWidth + 2
                * SpreadGraphLayout.margin)
        #expect(rows.allSatisfy { $0 + SpreadGraphLayout.boxHeight <= layout.height })
    }

    @Test("the SVG escapes labels and keeps the full label as a tooltip")
    func svgEscapes() throws {
        let hostile = Self.article(1, "<script>alert(\"x\")</script> & Co's very long outlet name", "2020-01-01")
        let graph = SpreadGraph(
            origins: [ClaimOrigin(name: "A & B", sourceID: nil, firstPublished: nil, mentionIDs: [1])],
            mentions: [Self.mention(1, article: 1, origin: "A & B")], articles: [1: hostile])
        let svg = SpreadGraphSVG.render(graph, label: "claim \"1\"")
        #expect(!svg.contains("<script>"))
        #expect(
            svg.contains(
                "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co&#39;s very long outlet name, 2020-01-01"))
        #expect(svg.contains(">A &amp; B<"))
        #expect(svg.contains("aria-label=\"claim &quot;1&quot;\""))
        #expect(svg.contains("…</text>"))  // the box label is cut
    }
}
