/// The nodes and edges of one claim's cluster, each once. A speaker or intermediary is
/// one node per source (by id, else by its name case-folded), so "The Harbor Ledger" in a
/// via chain and the origin "Harbor Ledger" meet in one node.
struct DotClaimGraph {
    struct Node {
        var id: String
        var label: String
        var origin = false
    }

    let claim: Int64
    /// Agent nodes by key, in order of creation.
    private(set) var agents: [Node] = []
    private var agentIndex: [String: Int] = [:]
    /// Article node ids by article id.
    private(set) var articles: [Int64: String] = [:]
    var contested: Set<Int64> = []
    var originArticles: Set<Int64> = []
    private(set) var edges: [String] = []
    private var seen: Set<String> = []

    init(claim: Int64) { self.claim = claim }

    /// The node of a source or a name, created on first use with `name` as its label.
    mutating func agent(sourceID: Int64?, name: String, origin: Bool = false) -> String {
        let key = sourceID.map { "s\($0)" } ?? "n" + name.lowercased()
        if let index = agentIndex[key] {
            agents[index].origin = agents[index].origin || origin
            return agents[index].id
        }
        let node = Node(id: "c\(claim)_n\(agents.count)", label: name, origin: origin)
        agentIndex[key] = agents.count
        agents.append(node)
        return node.id
    }

    mutating func article(_ id: Int64) -> String {
        if let node = articles[id] { return node }
        let node = "c\(claim)_a\(id)"
        articles[id] = node
        return node
    }

    mutating func edge(_ from: String, _ to: String, style: String? = nil, color: String? = nil) {
        var attributes: [String] = []
        if let style { attributes.append("style=\(style)") }
        if let color { attributes.append("color=\"\(color)\"") }
        let edge =
            "\(from) -> \(to)" + (attributes.isEmpty ? "" : " [" + attributes.joined(separator: ", ") + "]") + ";"
        if seen.insert(edge).inserted { edges.append(edge) }
    }
}
