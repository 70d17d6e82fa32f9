/// Writes the propagation graph for Graphviz: one cluster per claim, its origins at the
/// root, the intermediaries of via chains in between, and the articles that carried it
/// as leaves, so `dot -Tsvg` shows at a glance that twenty articles hang off one origin.
/// Denying and disputing articles hang off their speaker with a dashed red edge.
///
/// ```swift
/// var output = ""
/// try DotExporter().write(store, to: &output)
/// ```
public struct DotExporter: Sendable {
    public init() {}

    public func write(_ store: Store, to output: inout some TextOutputStream) throws {
        output.write("digraph provenance {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n")
        output.write("  edge [color=\"#555555\"];\n")
        try store.forEachClaimDetailStreaming { detail in
            Self.cluster(detail, to: &output)
        }
        output.write("}\n")
    }

    /// One claim's subgraph. Node ids are `c<claim>_a<article>` and `c<claim>_n<k>`, so
    /// the same outlet in two claims is two nodes, each in its own cluster.
    static func cluster(_ detail: ClaimDetail, to output: inout some TextOutputStream) {
        let claim = detail.claim
        var graph = DotClaimGraph(claim: claim.id)
        let origins = Set(detail.origins.map { $0.name.lowercased() })
        for mention in detail.mentions {
            let articleNode = graph.article(mention.articleID)
            guard mention.stance == .asserts else {
                if let speaker = mention.speaker {
                    graph.edge(graph.name(speaker), articleNode, style: "dashed", color: "#c0392b")
                }
                graph.contested.insert(mention.articleID)
                continue
            }
            guard !mention.origin.isEmpty else { continue }
            // An unsourced claim's origin is an article: the earliest one stating it.
            let originArticle = detail.articles.values.first { $0.path == mention.origin }
            var from = originArticle.map { graph.article($0.id) } ?? graph.name(mention.origin)
            for hop in mention.via.reversed() where hop.lowercased() != mention.origin.lowercased() {
                let node = graph.name(hop)
                graph.edge(from, node)
                from = node
            }
            if from != articleNode { graph.edge(from, articleNode) }
        }
        output.write("  subgraph cluster_claim_\(claim.id) {\n")
        output.write("    label=\(DotText.quoted("Claim \(claim.id): " + claim.text, limit: 100));\n")
        output.write("    labeljust=l;\n")
        for (name, id) in graph.names.sorted(by: { $0.value < $1.value }) {
            let style = origins.contains(name.lowercased()) ? ", style=\"filled,bold\", fillcolor=\"#f6e58d\"" : ""
            output.write("    \(id) [label=\(DotText.quoted(graph.labels[name] ?? name)), shape=box\(style)];\n")
        }
        for (articleID, node) in graph.articles.sorted(by: { $0.key < $1.key }) {
            let article = detail.articles[articleID]
            let lines = [
                article?.outlet ?? article?.title ?? article?.path ?? "article \(articleID)", article?.published,
            ]
            .compactMap { $0 }
            let color = graph.contested.contains(articleID) ? ", color=\"#c0392b\"" : ""
            output.write("    \(node) [label=\(DotText.lines(lines)), shape=note\(color)];\n")
        }
        for edge in graph.edges { output.write("    \(edge)\n") }
        output.write("  }\n")
    }
}
