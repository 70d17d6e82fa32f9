/// Writes the propagation graph for Graphviz: one cluster per claim, its origins at the
/// root, the intermediaries of via chains in between, and the articles that carried it
/// as leaves, so `dot -Tsvg` shows at a glance that twenty articles hang off one origin.
/// An unsourced claim's origin is its earliest article. Denying and disputing articles
/// hang off their speaker with a dashed red edge.
///
/// ```swift
/// var output = ""
/// try DotExporter().write(store, to: &output)
/// ```
public struct DotExporter: Sendable {
    public init() {}

    public func write(_ store: Store, to output: inout some TextOutputStream) throws {
        output.write("digraph provenance {\n  rankdir=LR;\n  graph [fontname=\"Helvetica\"];\n")
        output.write("  node [fontname=\"Helvetica\", fontsize=10];\n")
        output.write("  edge [color=\"#555555\"];\n")
        try store.forEachClaimTrail { claimID, mentions in
            try output.stopIfWriteFailed()
            guard let claim = try store.claimSummary(claimID) else { return }
            let ids = Set(mentions.map(\.articleID) + mentions.compactMap(\.originArticleID))
            let articles = try store.articlesByID(ids)
            Self.cluster(claim, mentions, articles, to: &output)
        }
        output.write("}\n")
    }

    /// One claim's subgraph. Node ids are `c<claim>_a<article>` and `c<claim>_n<k>`, so
    /// the same outlet in two claims is two nodes, each in its own cluster.
    static func cluster(
        _ claim: Claim, _ mentions: [MentionTrail], _ articles: [Int64: Article],
        to output: inout some TextOutputStream
    ) {
        var graph = DotClaimGraph(claim: claim.id)
        for mention in mentions {
            let articleNode = graph.article(mention.articleID)
            guard mention.stance == .asserts else {
                if let speaker = mention.speaker {
                    let from = graph.agent(sourceID: mention.speakerSourceID, name: speaker)
                    graph.edge(from, articleNode, style: "dashed", color: "#c0392b")
                }
                graph.contested.insert(mention.articleID)
                continue
            }
            var from: String
            if let article = mention.originArticleID {
                from = graph.article(article)
                graph.originArticles.insert(article)
            } else if !mention.origin.isEmpty {
                from = graph.agent(sourceID: mention.originSourceID, name: mention.origin, origin: true)
            } else {
                continue
            }
            // Farthest intermediary first: origin → … → the outlet the article cites → article.
            for hop in mention.via.reversed() {
                let node = graph.agent(sourceID: hop.sourceID, name: hop.name)
                if node != from { graph.edge(from, node) }
                from = node
            }
            if from != articleNode { graph.edge(from, articleNode) }
        }
        write(claim, graph, articles, to: &output)
    }

    private static func write(
        _ claim: Claim, _ graph: DotClaimGraph, _ articles: [Int64: Article], to output: inout some TextOutputStream
    ) {
        output.write("  subgraph cluster_claim_\(claim.id) {\n")
        output.write("    label=\(DotText.quoted("Claim \(claim.id): " + claim.text, limit: 100));\n")
        output.write("    labeljust=l;\n")
        let originStyle = ", style=\"filled,bold\", fillcolor=\"#f6e58d\""
        for node in graph.agents {
            output.write(
                "    \(node.id) [label=\(DotText.quoted(node.label)), shape=box\(node.origin ? originStyle : "")];\n")
        }
        for (articleID, node) in graph.articles.sorted(by: { $0.key < $1.key }) {
            let article = articles[articleID]
            let name = article?.outlet ?? article?.title ?? article?.path ?? "article \(articleID)"
            let lines = [name, article?.published].compactMap { $0 }
            var style = graph.originArticles.contains(articleID) ? originStyle : ""
            if graph.contested.contains(articleID) { style += ", color=\"#c0392b\"" }
            output.write("    \(node) [label=\(DotText.lines(lines)), shape=note\(style)];\n")
        }
        for edge in graph.edges { output.write("    \(edge)\n") }
        output.write("  }\n")
    }
}
