/// A page cut into its blocks of text, with page furniture left out.
///
/// An element is furniture, and its whole subtree is skipped, when it is one
/// of ``droppedTags`` (navigation, headers and footers, asides, scripts,
/// forms, figures with their captions), hidden, has a landmark role other
/// than the main content, or has a class or id that reads as furniture
/// (comments, share bars, related stories, cookie banners) and not also as
/// content. Each block is the text between two block-level boundaries.
struct HTMLBlocks {
    struct Block {
        var text: String
        /// The innermost block-level element holding the text.
        var owner: Int
        /// Characters of `text`, and how many of them are inside links.
        var characters: Int
        var linkCharacters: Int

        var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }
    }

    static let droppedTags: Set<String> = [
        "head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
        "select", "input", "textarea", "iframe", "svg", "canvas", "figure", "figcaption", "picture", "video",
        "audio", "object", "embed", "map", "dialog", "menu", "label",
    ]
    static let blockTags: Set<String> = [
        "html", "body", "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
        "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "hr",
        "br", "center", "address", "details", "summary", "caption",
    ]
    static let droppedRoles: Set<String> = [
        "navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "menu", "menubar",
        "search", "form", "toolbar",
    ]
    /// Class or id fragments that mark furniture wherever they stand, even
    /// beside a content word ("comment-body", "related-content").
    static let strongFurniture = [
        "comment", "disqus", "share", "sharing", "social", "related", "recommend", "newsletter", "subscribe",
        "cookie", "consent", "gdpr", "sidebar", "breadcrumb", "outbrain", "taboola", "popular", "trending",
        "more-stories", "signup", "paywall", "sr-only", "visually-hidden", "screen-reader", "skip-link",
    ]
    /// Class or id fragments that mark furniture unless a content word stands beside them.
    static let weakFurniture = [
        "footer", "masthead", "navbar", "pagination", "popup", "sponsor", "advert", "caption", "byline",
        "widget", "toolbar", "author-bio", "read-more", "readmore",
    ]
    /// Whole class or id tokens (split at spaces, `-` and `_`) that mark furniture unless a content word stands beside them.
    static let furnitureTokens: Set<String> = [
        "ad", "ads", "nav", "menu", "tags", "tag", "banner", "promo", "modal", "pager", "print", "meta", "credit",
        "credits", "dateline",
    ]
    /// Words that keep an element whose class or id also holds weak furniture.
    static let contentWords = ["article", "body", "content", "main", "story", "entry", "text"]

    var blocks: [Block] = []

    init(_ tree: HTMLTree) {
        let nodes = tree.nodes
        guard !nodes.isEmpty else { return }
        var owner = [Int](repeating: 0, count: nodes.count)
        var inLink = [Bool](repeating: false, count: nodes.count)
        var open: [Int] = []  // block elements whose subtree is being read
        var current = ""
        var currentOwner = 0
        var linkCharacters = 0

        func flush() {
            let text = PageWhitespace.collapse(current)
            if !text.isEmpty {
                let characters = text.unicodeScalars.count
                blocks.append(
                    Block(
                        text: text, owner: currentOwner, characters: characters,
                        linkCharacters: min(linkCharacters, characters)))
            }
            current = ""
            linkCharacters = 0
        }

        var index = 0
        while index < nodes.count {
            while let last = open.last, nodes[last].end < index {
                open.removeLast()
                flush()
            }
            let node = nodes[index]
            let parent = node.parent
            if node.isText {
                let blockOwner = parent >= 0 ? owner[parent] : 0
                if blockOwner != currentOwner {
                    flush()
                    currentOwner = blockOwner
                }
                current += node.text
                if parent >= 0, inLink[parent] {
                    linkCharacters += PageWhitespace.collapse(node.text).unicodeScalars.count
                }
                index += 1
                continue
            }
            if Self.isFurniture(node) {
                index = node.end + 1
                continue
            }
            inLink[index] = node.tag == "a" || (parent >= 0 && inLink[parent])
            if Self.blockTags.contains(node.tag) {
                flush()
                owner[index] = index
                currentOwner = index
                if node.end > index { open.append(index) }
            } else {
                owner[index] = parent >= 0 ? owner[parent] : 0
                if node.tag == "img" || node.tag == "wbr" { current += node.tag == "img" ? " " : "" }
            }
            index += 1
        }
        flush()
    }

    static func isFurniture(_ node: HTMLTree.Node) -> Bool {
        if droppedTags.contains(node.tag) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        if let role = node.attribute("role")?.lowercased(), droppedRoles.contains(role) { return true }
        guard !["html", "body", "article", "main"].contains(node.tag) else { return false }
        if node.attribute("itemprop")?.lowercased() == "articlebody" { return false }
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        guard names.count > 1 else { return false }
        // Byte searches: String.contains(String) costs a searcher per pattern, a fifth of page reading.
        let bytes = Array(names.utf8)
        if containsAny(bytes, strongFurnitureBytes), !containsAny(bytes, [commentaryBytes]) { return true }
        let weak =
            containsAny(bytes, weakFurnitureBytes)
            || names.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).contains {
                furnitureTokens.contains(String($0))
            }
        return weak && !containsAny(bytes, contentWordBytes)
    }

    static let strongFurnitureBytes = strongFurniture.map { Array($0.utf8) }
    static let weakFurnitureBytes = weakFurniture.map { Array($0.utf8) }
    static let contentWordBytes = contentWords.map { Array($0.utf8) }
    static let commentaryBytes = Array("commentary".utf8)

    /// Whether any needle occurs in `haystack` (short class and id strings: a plain scan).
    static func containsAny(_ haystack: [UInt8], _ needles: [[UInt8]]) -> Bool {
        for needle in needles where !needle.isEmpty && needle.count <= haystack.count {
            let first = needle[0]
            var i = 0
            let last = haystack.count - needle.count
            while i <= last {
                if haystack[i] == first {
                    var k = 1
                    while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                i += 1
            }
        }
        return false
    }
}
