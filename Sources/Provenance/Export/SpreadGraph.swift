/// How a claim spread: one tree per independent origin, the origin at the root, the
/// intermediaries its mentions name ("via Politico") as inner nodes, and the articles
/// that carried it as leaves, each level ordered by publication time.
///
/// A mention's via chain is written nearest the article first, so the path from the
/// origin down to the article is the chain reversed. Names equal to the origin or to
/// the article's own outlet are left out of the path: they would only repeat a node.
public struct SpreadGraph: Sendable, Hashable {
    public var roots: [SpreadNode]

    public init(roots: [SpreadNode]) {
        self.roots = roots
    }

    /// How many article leaves the graph holds.
    public var leafCount: Int { roots.reduce(0) { $0 + $1.leafCount } }

    /// The graph of `origins`, where `mentions` are the claim's mentions and `articles` their articles.
    /// Only asserting mentions spread a claim; denials are shown as evidence instead. Each origin keeps
    /// its earliest `articlesPerOrigin` articles; one ``SpreadNode/Kind/more`` node counts the rest, so a
    /// claim carried by a thousand articles still makes a picture a reader can take in.
    init(
        origins: [ClaimOrigin], mentions: [Mention], articles: [Int64: ReportArticle], articlesPerOrigin: Int = 30
    ) {
        let byID = Dictionary(uniqueKeysWithValues: mentions.map { ($0.id, $0) })
        roots = origins.map { origin in
            var root = SpreadNode(kind: .origin, name: origin.name, article: nil)
            for mention in origin.mentionIDs.compactMap({ byID[$0] }) {
                guard let article = articles[mention.articleID] else { continue }
                let skipped = [origin.name, article.outlet ?? ""].map(Self.comparable)
                var path: [String] = []
                for name in mention.via.reversed() where !skipped.contains(Self.comparable(name)) {
                    if path.last.map(Self.comparable) != Self.comparable(name) { path.append(name) }
                }
                root.insert(article: article, along: path[...])
            }
            root.sortByPublication()
            var budget = max(articlesPerOrigin, 1)
            let hidden = root.prune(keeping: &budget)
            if hidden > 0 {
                root.children.append(
                    SpreadNode(kind: .more, name: Wording.counted(hidden, "more article"), article: nil))
            }
            return root
        }
    }

    /// A name as compared for repeats: case and a leading "the" do not matter, so
    /// "via The Harbor Ledger" under the origin "Harbor Ledger" adds no node.
    static func comparable(_ name: String) -> String {
        let lowered = name.lowercased()
        return lowered.hasPrefix("the ") ? String(lowered.dropFirst(4)) : lowered
    }
}

/// One node of a ``SpreadGraph``.
public struct SpreadNode: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// An independent origin: a tree's root.
        case origin
        /// An intermediary a mention names ("told Politico", "citing Fox News").
        case via
        /// An article that carried the claim.
        case article
        /// Stands for the articles left out of a big picture; its name says how many.
        case more
    }

    public var kind: Kind
    /// The origin's or intermediary's name; for an article, its outlet, else its title.
    public var name: String
    /// Set for article leaves.
    public var article: ReportArticle?
    public var children: [SpreadNode] = []

    public init(kind: Kind, name: String, article: ReportArticle?, children: [SpreadNode] = []) {
        self.kind = kind
        self.name = name
        self.article = article
        self.children = children
    }

    /// How many article leaves lie at or below this node.
    public var leafCount: Int { kind == .article ? 1 : children.reduce(0) { $0 + $1.leafCount } }

    /// How many levels lie below this node (0 for a leaf).
    public var depth: Int { children.map { $0.depth + 1 }.max() ?? 0 }

    /// The earliest publication date at or below this node; nil when none is known.
    public var earliest: String? {
        if let article { return article.published }
        return children.compactMap(\.earliest).min()
    }

    /// What a picture or a text tree writes for the node: "via Politico", "Politico, 2020-09-13".
    public var label: String {
        switch kind {
        case .origin: name
        case .via: "via " + name
        case .more: "… and " + name
        case .article: [name, article?.published.map(ReportDate.short)].compactMap { $0 }.joined(separator: ", ")
        }
    }

    /// The box's main line in the picture: the name, or "via Politico".
    var firstLine: String {
        switch kind {
        case .via: "via " + name
        case .more: "… and " + name
        case .origin, .article: name
        }
    }

    /// The box's smaller second line: "origin" for a root, the day an article was published.
    var secondLine: String? {
        switch kind {
        case .origin: "origin"
        case .via, .more: nil
        case .article: article?.published.map(ReportDate.short) ?? "undated"
        }
    }

    /// Adds `article` below the intermediaries of `path`, once however many mentions it holds.
    mutating func insert(article: ReportArticle, along path: ArraySlice<String>) {
        guard let name = path.first else {
            if !children.contains(where: { $0.article?.id == article.id }) {
                let label = article.outlet.flatMap { $0.isEmpty ? nil : $0 } ?? article.title
                children.append(SpreadNode(kind: .article, name: label, article: article))
            }
            return
        }
        let index =
            children.firstIndex { $0.kind == .via && SpreadGraph.comparable($0.name) == SpreadGraph.comparable(name) }
            ?? {
                children.append(SpreadNode(kind: .via, name: name, article: nil))
                return children.count - 1
            }()
        children[index].insert(article: article, along: path.dropFirst())
    }

    /// Keeps the first `budget` article leaves in order and drops the rest, with any intermediary
    /// left without articles; returns how many articles it dropped.
    mutating func prune(keeping budget: inout Int) -> Int {
        var dropped = 0
        var kept: [SpreadNode] = []
        for var child in children {
            if child.kind == .article {
                if budget > 0 {
                    budget -= 1
                    kept.append(child)
                } else {
                    dropped += 1
                }
                continue
            }
            dropped += child.prune(keeping: &budget)
            if !child.children.isEmpty { kept.append(child) }
        }
        children = kept
        return dropped
    }

    /// Orders every level by earliest publication; unknown dates last, then by name.
    mutating func sortByPublication() {
        for index in children.indices { children[index].sortByPublication() }
        children.sort { lhs, rhs in
            switch (lhs.earliest, rhs.earliest) {
            case (let l?, let r?) where l != r: return l < r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (lhs.name, lhs.article?.id ?? 0) < (rhs.name, rhs.article?.id ?? 0)
            }
        }
    }
}
