/// The article body of a page, as paragraphs of text, chosen in the spirit
/// of Readability: every block of at least ``minimumParagraph`` characters
/// scores its parent (in full) and grandparent (half) by its commas and
/// length; a container's score is weighed by its tag and class and cut by
/// the share of its text inside links. The best container, with the
/// siblings that score close to it, is the article; its blocks that are not
/// mostly links are the paragraphs.
struct HTMLBody {
    var paragraphs: [String] = []

    static let minimumParagraph = 25
    /// A sibling of the best container joins it when it scores this share of the best score.
    static let siblingShare = 0.2
    /// A block with more than this share of its text in links is a list of links, not text.
    static let maximumLinkDensity = 0.5
    static let positiveWords = [
        "article", "body", "content", "entry", "main", "page", "post", "text", "blog", "story", "hentry",
    ]
    static let negativeWords = [
        "hidden", "banner", "combx", "comment", "contact", "foot", "footer", "footnote", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "tool", "widget",
    ]

    /// `title` is left out when a block repeats it.
    init(_ tree: HTMLTree, blocks: HTMLBlocks, title: String?) {
        let nodes = tree.nodes
        guard !nodes.isEmpty else { return }
        // Characters and link characters below each element.
        var characters = [Int](repeating: 0, count: nodes.count)
        var links = [Int](repeating: 0, count: nodes.count)
        for block in blocks.blocks {
            characters[block.owner] += block.characters
            links[block.owner] += block.linkCharacters
        }
        for index in stride(from: nodes.count - 1, through: 1, by: -1) where nodes[index].parent >= 0 {
            characters[nodes[index].parent] += characters[index]
            links[nodes[index].parent] += links[index]
        }
        func linkDensity(_ index: Int) -> Double {
            characters[index] == 0 ? 0 : Double(links[index]) / Double(characters[index])
        }

        var scores: [Int: Double] = [:]
        func addScore(_ index: Int, _ value: Double) {
            if scores[index] == nil { scores[index] = Self.initialScore(nodes[index]) }
            scores[index, default: 0] += value
        }
        for block in blocks.blocks where block.characters >= Self.minimumParagraph {
            let commas = block.text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
            let score = 1 + Double(commas) + min(Double(block.characters) / 100, 3)
            let parent = nodes[block.owner].parent
            guard parent >= 0 else { continue }
            addScore(parent, score)
            let grandparent = nodes[parent].parent
            if grandparent >= 0 { addScore(grandparent, score / 2) }
        }
        var best: (index: Int, score: Double)?
        var final: [Int: Double] = [:]
        for (index, score) in scores {
            let value = score * (1 - linkDensity(index))
            final[index] = value
            if best == nil || value > best!.score || (value == best!.score && index < best!.index) {
                best = (index, value)
            }
        }
        var selected: [Range<Int>] = []
        if let best {
            let parent = nodes[best.index].parent
            let siblings = parent >= 0 ? tree.children(of: parent) : [best.index]
            let threshold = max(10, best.score * Self.siblingShare)
            for sibling in siblings {
                let keep =
                    sibling == best.index || (final[sibling] ?? 0) >= threshold
                    || (nodes[sibling].tag == "p" && characters[sibling] > 80 && linkDensity(sibling) < 0.25)
                if keep { selected.append(sibling..<(nodes[sibling].end + 1)) }
            }
        } else {
            selected = [0..<nodes.count]
        }
        let titleKey = title.map(Self.key)
        for block in blocks.blocks where selected.contains(where: { $0.contains(block.owner) }) {
            guard block.linkDensity <= Self.maximumLinkDensity, nodes[block.owner].tag != "h1" else { continue }
            if let titleKey, Self.key(block.text) == titleKey { continue }
            paragraphs.append(block.text)
        }
    }

    static func initialScore(_ node: HTMLTree.Node) -> Double {
        var score: Double
        switch node.tag {
        case "article": score = 10
        case "div", "main", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if node.attribute("itemprop")?.lowercased() == "articlebody" { score += 25 }
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        if names.count > 1 {
            if negativeWords.contains(where: names.contains) { score -= 25 }
            if positiveWords.contains(where: names.contains) { score += 25 }
        }
        return score
    }

    /// Letters and digits only, lowercased: how a block is compared with the title.
    static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }
}
