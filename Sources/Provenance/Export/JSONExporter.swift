/// Writes the whole store as one `prov-export-v1` document (the export
/// contract, `shared/contract/export.schema.json`), streaming claim by claim.
///
/// ```swift
/// var output = ""
/// try JSONExporter().write(store, to: &output)
/// ```
public struct JSONExporter: Sendable {
    public init() {}

    public func write(_ store: Store, to output: inout some TextOutputStream) throws {
        output.write("{\"format\":\"prov-export-v1\",\n\"articles\":[")
        var first = true
        try store.forEachArticle { article in
            try output.stopIfWriteFailed()
            output.write(first ? "\n" : ",\n")
            first = false
            // A saved web page's analysed text is not its file's bytes: the export carries it, so
            // that text[start:end] == exact can be checked (the contract's `text`).
            let page = ArticleReader.isPage(article.path)
            output.write(Self.json(article, text: page ? try store.articleText(article.id) : nil))
        }
        output.write("],\n\"sources\":[")
        first = true
        for source in try store.sources() {
            output.write(first ? "\n" : ",\n")
            first = false
            output.write(Self.json(source))
        }
        output.write("],\n\"claims\":[")
        first = true
        try store.forEachClaimDetailStreaming { detail in
            try output.stopIfWriteFailed()
            output.write(first ? "\n" : ",\n")
            first = false
            Self.write(detail, to: &output)
        }
        output.write("]}\n")
    }

    /// `text`, when given, is the analysed text of an article read from a saved web page
    /// (written with `source_format` "html").
    static func json(_ article: Article, text: String? = nil) -> String {
        var object = JSONObject()
            .int("id", article.id).string("path", article.path).string("title", article.title)
            .string("outlet", article.outlet).string("url", article.url).string("published", article.published)
            .string("sha256", article.sha256).strings("credits", article.credits)
        if let text { object = object.string("text", text).string("source_format", "html") }
        return object.text
    }

    static func json(_ source: Source) -> String {
        JSONObject()
            .int("id", source.id).string("name", source.name).string("kind", source.kind.rawValue)
            .strings("aliases", source.aliases).string("reliability", source.reliability)
            .int("mention_count", Int64(source.mentionCount)).int("origin_of_claims", Int64(source.originOfClaims))
            .text
    }

    /// ``json(_:)-(ClaimDetail)`` written mention by mention: a claim carried by thousands of
    /// articles is never one string in memory.
    static func write(_ detail: ClaimDetail, to output: inout some TextOutputStream) {
        var head = json(detail, mentions: false)
        head.removeLast()  // the closing brace
        output.write(head + ",\"mentions\":[\n  ")
        for (index, mention) in detail.mentions.enumerated() {
            if index > 0 { output.write(",\n  ") }
            output.write(json(mention))
        }
        output.write("]}")
    }

    static func json(_ detail: ClaimDetail, mentions withMentions: Bool = true) -> String {
        let claim = detail.claim
        let origins = detail.origins.map { origin in
            JSONObject()
                .string("name", origin.name).int("source_id", origin.sourceID)
                .string("first_published", origin.firstPublished)
                .raw("mention_ids", "[" + origin.mentionIDs.map(String.init).joined(separator: ",") + "]")
                .text
        }
        let object = JSONObject()
            .int("id", claim.id).string("text", claim.text).int("article_count", Int64(claim.articleCount))
            .int("origin_count", Int64(detail.origins.count))
            .raw("origins", "[" + origins.joined(separator: ",") + "]")
            .bool("circular", claim.circular).bool("contested", claim.contested).bool("unsourced", claim.unsourced)
            .int("credibility", claim.credibility.map(Int64.init)).string("first_seen", claim.firstSeen)
        guard withMentions else { return object.text }
        return object.raw("mentions", "[\n  " + detail.mentions.map(json).joined(separator: ",\n  ") + "]").text
    }

    static func json(_ mention: Mention) -> String {
        JSONObject()
            .int("id", mention.id).int("article_id", mention.articleID)
            .int("start", Int64(mention.start)).int("end", Int64(mention.end))
            .string("exact", mention.exact).string("prefix", mention.prefix).string("suffix", mention.suffix)
            .string("speaker", mention.speaker).int("speaker_source_id", mention.speakerSourceID)
            .string("speaker_kind", mention.speakerKind?.rawValue).strings("via", mention.via)
            .string("stance", mention.stance.rawValue).bool("hedged", mention.hedged)
            .string("origin", mention.origin).string("origin_rule", mention.originRule)
            .string("cue", mention.cue)
            .int("speaker_start", mention.speakerStart.map(Int64.init))
            .int("speaker_end", mention.speakerEnd.map(Int64.init))
            .int("cue_start", mention.cueStart.map(Int64.init)).int("cue_end", mention.cueEnd.map(Int64.init))
            .string("rule", mention.rule)
            .text
    }
}

/// Builds one JSON object's text, keys in the order written.
public struct JSONObject: Sendable {
    private var members: [String] = []

    public init() {}

    public var text: String { "{" + members.joined(separator: ",") + "}" }

    public func raw(_ key: String, _ json: String) -> JSONObject {
        var copy = self
        copy.members.append(JSONText.string(key) + ":" + json)
        return copy
    }

    public func string(_ key: String, _ value: String?) -> JSONObject { raw(key, JSONText.optional(value)) }
    public func strings(_ key: String, _ values: [String]) -> JSONObject { raw(key, JSONText.array(values)) }
    public func int(_ key: String, _ value: Int64?) -> JSONObject { raw(key, value.map(String.init) ?? "null") }
    public func bool(_ key: String, _ value: Bool) -> JSONObject { raw(key, value ? "true" : "false") }
}
