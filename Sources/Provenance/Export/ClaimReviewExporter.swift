/// Writes every claim as a schema.org `Claim` in JSON-LD, the vocabulary fact-checking
/// tools and search engines read: `appearance` for each article that carries it (a
/// `CreativeWork` with url, headline, date and publisher), `firstAppearance` for the
/// earliest, and `author` for each independent origin. Streams claim by claim.
///
/// ```swift
/// var output = ""
/// try ClaimReviewExporter().write(store, to: &output)
/// ```
public struct ClaimReviewExporter: Sendable {
    public init() {}

    public func write(_ store: Store, to output: inout some TextOutputStream) throws {
        output.write("{\"@context\":\"https://schema.org\",\n\"@graph\":[")
        var first = true
        try store.forEachClaimDetailStreaming { detail in
            try output.stopIfWriteFailed()
            output.write(first ? "\n" : ",\n")
            first = false
            output.write(try claim(detail, store))
        }
        output.write("]}\n")
    }

    func claim(_ detail: ClaimDetail, _ store: Store) throws -> String {
        let claim = detail.claim
        var seen: Set<Int64> = []
        // Mentions come earliest article first, so the appearances do too.
        let articles = detail.mentions.compactMap { mention in
            seen.insert(mention.articleID).inserted ? detail.articles[mention.articleID] : nil
        }
        let firstAsserting = detail.mentions.first { $0.stance == .asserts } ?? detail.mentions.first
        let authors = try detail.origins.compactMap { try author($0, detail, store) }
        return JSONObject()
            .string("@type", "Claim").string("@id", "#claim-\(claim.id)").string("identifier", String(claim.id))
            .string("text", claim.text).string("description", Self.description(detail))
            .string("datePublished", claim.firstSeen)
            .raw("author", "[" + authors.joined(separator: ",") + "]")
            .raw("firstAppearance", firstAsserting.flatMap { detail.articles[$0.articleID] }.map(Self.work) ?? "null")
            .raw("appearance", "[" + articles.map(Self.work).joined(separator: ",") + "]")
            .text
    }

    /// "3 articles, 1 independent origin; circular": what prov found, for a human reader.
    static func description(_ detail: ClaimDetail) -> String {
        let claim = detail.claim
        var text =
            Wording.counted(claim.articleCount, "article") + ", "
            + Wording.counted(detail.origins.count, "independent origin")
        let flags = [(claim.circular, "circular"), (claim.contested, "contested"), (claim.unsourced, "unsourced")]
            .filter(\.0).map(\.1)
        if !flags.isEmpty { text += "; " + flags.joined(separator: ", ") }
        return text
    }

    /// An origin as a schema.org Person or Organization. An unsourced claim's origin is the
    /// earliest article stating it, named by its outlet (a source) or, with no outlet, by its
    /// file name: then nobody is known to have said it, and no author is given.
    func author(_ origin: ClaimOrigin, _ detail: ClaimDetail, _ store: Store) throws -> String? {
        let unsourced = origin.mentionIDs.contains { id in
            detail.mentions.first { $0.id == id }?.originRule == OriginRule.unsourced.rawValue
        }
        if unsourced, origin.sourceID == nil { return nil }
        let kind =
            try origin.sourceID.flatMap(store.sourceKind)
            ?? detail.mentions.first { $0.speaker == origin.name }?.speakerKind ?? .unknown
        let type = kind == .person || kind == .anonymous ? "Person" : "Organization"
        return JSONObject().string("@type", type).string("name", origin.name).text
    }

    /// An article as a schema.org CreativeWork.
    static func work(_ article: Article) -> String {
        var object = JSONObject().string("@type", "CreativeWork")
        if let url = article.url { object = object.string("url", url) }
        object = object.string("headline", article.title ?? article.path)
        if let published = article.published { object = object.string("datePublished", published) }
        if let outlet = article.outlet {
            object = object.raw("publisher", JSONObject().string("@type", "Organization").string("name", outlet).text)
        }
        return object.text
    }
}
