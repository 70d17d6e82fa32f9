import Foundation

/// What a page says about itself: title, publisher, date, canonical URL and
/// author, from Open Graph and `article:` meta tags, JSON-LD, `<title>`,
/// the first `<h1>`, `<time datetime>` and `<link rel=canonical>`.
struct HTMLMetadata: Equatable {
    var title: String?
    var outlet: String?
    var published: String?
    var url: String?
    var author: String?

    /// JSON-LD `@type`s that describe the page's article.
    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BlogPosting", "WebPage", "Report", "LiveBlogPosting", "SocialMediaPosting",
    ]

    init(title: String? = nil, outlet: String? = nil, published: String? = nil, url: String? = nil, author: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.published = published
        self.url = url
        self.author = author
    }

    init(_ tree: HTMLTree) {
        var meta: [String: String] = [:]  // first value of each property/name, key lowercase
        var titleElement: String?
        var firstH1: String?
        var timeDatetime: String?
        var canonical: String?
        var jsonLD = JSONLDArticle()
        for (index, node) in tree.nodes.enumerated() where !node.isText {
            switch node.tag {
            case "meta":
                guard let content = node.attribute("content").map(PageWhitespace.collapse), !content.isEmpty else { continue }
                for key in [node.attribute("property"), node.attribute("name"), node.attribute("itemprop")] {
                    if let key { meta[key.lowercased(), default: content] = meta[key.lowercased()] ?? content }
                }
            case "title" where titleElement == nil:
                titleElement = PageWhitespace.collapse(tree.text(of: index))
            case "h1" where firstH1 == nil:
                firstH1 = PageWhitespace.collapse(tree.text(of: index))
            case "time" where timeDatetime == nil:
                timeDatetime = node.attribute("datetime")
            case "link" where canonical == nil:
                if node.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true {
                    canonical = node.attribute("href")
                }
            case "script":
                if node.attribute("type")?.lowercased().hasPrefix("application/ld+json") == true {
                    jsonLD.read(tree.text(of: index))
                }
            default:
                break
            }
        }
        func first(_ values: String?...) -> String? {
            values.lazy.compactMap { $0 }.map(PageWhitespace.collapse).first { !$0.isEmpty }
        }
        title = first(meta["og:title"], jsonLD.headline, titleElement, firstH1)
        outlet = first(meta["og:site_name"], jsonLD.publisher)
        let date = first(
            meta["article:published_time"], jsonLD.datePublished, meta["datepublished"], timeDatetime)
        published = date.map { ISODate.normalise($0) ?? $0 }
        url = first(canonical, meta["og:url"])
        author = first(meta["author"], meta["article:author"], jsonLD.author)
    }
}

/// The article fields of a page's JSON-LD blocks (`@graph`s and arrays
/// searched); the first block describing an article wins each field.
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var publisher: String?
    var author: String?

    mutating func read(_ json: String) {
        guard let data = json.data(using: .utf8),
            let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return }
        visit(value, depth: 0)
    }

    private mutating func visit(_ value: Any, depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for item in array { visit(item, depth: depth + 1) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
        let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        guard types.contains(where: HTMLMetadata.articleTypes.contains) else { return }
        headline = headline ?? (object["headline"] as? String) ?? (object["name"] as? String)
        datePublished = datePublished ?? (object["datePublished"] as? String)
        publisher = publisher ?? Self.name(object["publisher"])
        author = author ?? Self.name(object["author"])
    }

    /// A name given as a string, an object with `name`, or an array of either (joined with ", ").
    private static func name(_ value: Any?) -> String? {
        if let string = value as? String { return string }
        if let object = value as? [String: Any] { return object["name"] as? String }
        if let array = value as? [Any] {
            let names = array.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }
}
