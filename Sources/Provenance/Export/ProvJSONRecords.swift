/// The attributes of each kind of PROV-JSON record: what a PROV reader sees of an
/// article, a claim, a mention, a statement and an agent.
enum ProvJSONRecords {
    static func article(_ article: Article) -> KeyValuePairs<String, ProvJSONValue?> {
        [
            "prov:type": .qualifiedName("schema:NewsArticle"),
            "prov:label": .string(article.title ?? article.path),
            "schema:headline": article.title.map(ProvJSONValue.string),
            "schema:url": article.url.map(ProvJSONValue.string),
            "schema:datePublished": article.published.map(ProvJSONValue.string),
            "schema:publisher": article.outlet.map(ProvJSONValue.string),
            "provtool:path": .string(article.path),
            "provtool:sha256": .string(article.sha256),
        ]
    }

    static func claim(_ claim: Claim) -> KeyValuePairs<String, ProvJSONValue?> {
        [
            "prov:type": .qualifiedName("provtool:Claim"),
            "prov:label": .string(claim.text),
            "provtool:articleCount": .int(claim.articleCount),
            "provtool:originCount": .int(claim.originCount),
            "provtool:circular": .bool(claim.circular),
            "provtool:contested": .bool(claim.contested),
            "provtool:unsourced": .bool(claim.unsourced),
            "provtool:credibility": claim.credibility.map(ProvJSONValue.int),
            "provtool:firstSeen": claim.firstSeen.map(ProvJSONValue.string),
        ]
    }

    /// The span is a Web Annotation text position and quote selector (`oa:`): code points
    /// into the article's text, end exclusive, with the exact text and its context.
    static func mention(_ mention: MentionTrail) -> KeyValuePairs<String, ProvJSONValue?> {
        [
            "prov:type": .qualifiedName("provtool:Mention"),
            "oa:start": .int(mention.start),
            "oa:end": .int(mention.end),
            "oa:exact": .string(mention.exact),
            "oa:prefix": .string(mention.prefix),
            "oa:suffix": .string(mention.suffix),
            "provtool:stance": .string(mention.stance.rawValue),
            "provtool:hedged": .bool(mention.hedged),
            "provtool:speaker": mention.speaker.map(ProvJSONValue.string),
            "provtool:cue": mention.cue.map(ProvJSONValue.string),
            "provtool:via": mention.via.isEmpty ? nil : .string(mention.via.map(\.name).joined(separator: " > ")),
            "provtool:rule": .string(mention.rule),
            "provtool:origin": mention.origin.isEmpty ? nil : .string(mention.origin),
            "provtool:originRule": mention.originRule.isEmpty ? nil : .string(mention.originRule),
        ]
    }

    static func statement(_ speaker: ProvJSONTrail.Speaker) -> KeyValuePairs<String, ProvJSONValue?> {
        ["prov:type": .qualifiedName("provtool:SourceStatement"), "prov:label": .string(speaker.name)]
    }

    static func agent(_ source: Source) -> KeyValuePairs<String, ProvJSONValue?> {
        [
            "prov:type": agentType(source.kind).map(ProvJSONValue.qualifiedName),
            "prov:label": .string(source.name),
            "provtool:kind": .string(source.kind.rawValue),
            "provtool:reliability": source.reliability.map(ProvJSONValue.string),
        ]
    }

    /// An agent that no stored source stands for (an outlet nobody cites, a name alone).
    static func agent(name: String, kind: SourceKind?) -> KeyValuePairs<String, ProvJSONValue?> {
        [
            "prov:type": kind.flatMap(agentType).map(ProvJSONValue.qualifiedName),
            "prov:label": .string(name),
            "provtool:kind": kind.map { .string($0.rawValue) },
        ]
    }

    /// PROV's agent subtypes where one fits; an anonymous source or a document is left a plain agent.
    private static func agentType(_ kind: SourceKind) -> String? {
        switch kind {
        case .person: "prov:Person"
        case .outlet, .organization: "prov:Organization"
        case .anonymous, .document, .unknown: nil
        }
    }
}
