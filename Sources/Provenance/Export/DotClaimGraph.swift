/// The nodes and edges of one claim's cluster, each once.
struct DotClaimGraph {
    let claim: Int64
    /// Node ids by lowercased name, and the first spelling seen of each.
    var names: [String: String] = [:]
    var labels: [String: String] = [:]
    var articles: [Int64: String] = [:]
    var contested: Set<Int64> = []
    var edges: [String] = []
    private var seen: Set<String> = []

    init(claim: Int64) { self.claim = claim }

    mutating func name(_ name: String) -> String {
        let key = name.lowercased()
        if let id = names[key] { return id }
        let id = "c\(claim)_n\(names.count)"
        names[key] = id
        labels[key] = name
        return id
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
