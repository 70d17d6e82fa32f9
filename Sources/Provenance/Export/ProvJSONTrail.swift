/// How one claim's mentions become PROV records: which agents made a statement of the
/// claim, and which derivations connect mentions, statements and articles.
enum ProvJSONTrail {
    /// An agent that said the claim: a speaker, an intermediary of a via chain, or an origin.
    struct Speaker: Hashable {
        var sourceID: Int64?
        var name: String

        /// The agent's local name: two names of one source are one speaker.
        var local: String { ProvJSONNames.agentLocal(sourceID: sourceID, name: name) }
    }

    /// One `wasDerivedFrom` record.
    struct Derivation: Hashable {
        var id: String
        var generated: String
        var used: String
        var type: String?
    }

    /// The agents that made a statement of the claim, each once, in order of first mention.
    static func speakers(of mentions: [MentionTrail]) -> [Speaker] {
        var seen: Set<String> = []
        var speakers: [Speaker] = []
        for mention in mentions {
            for speaker in chain(mention) + [originSpeaker(mention)].compactMap({ $0 }) {
                if seen.insert(speaker.local).inserted {
                    speakers.append(speaker)
                }
            }
        }
        return speakers
    }

    /// The statements a mention relays, nearest the article first: every via hop, then the speaker.
    static func chain(_ mention: MentionTrail) -> [Speaker] {
        var chain = mention.via.map { Speaker(sourceID: $0.sourceID, name: $0.name) }
        if let speaker = mention.speaker { chain.append(Speaker(sourceID: mention.speakerSourceID, name: speaker)) }
        return chain
    }

    /// The origin as an agent; nil when the mention was not traced, or when its origin is
    /// an article (an unsourced claim traces to the earliest article stating it).
    static func originSpeaker(_ mention: MentionTrail) -> Speaker? {
        guard !mention.origin.isEmpty, mention.originArticleID == nil else { return nil }
        return Speaker(sourceID: mention.originSourceID, name: mention.origin)
    }

    /// Every derivation of the claim: per mention, the quotation of its article, its primary
    /// source and the statement it relays; per distinct re-reporting hop, one derivation
    /// from the nearer statement to the farther one.
    static func derivations(claim: Int64, mentions: [MentionTrail]) -> [Derivation] {
        var derivations: [Derivation] = []
        var hops: Set<String> = []
        for mention in mentions {
            let id = ProvJSONNames.mention(mention.id)
            derivations.append(
                Derivation(
                    id: id + "/quotation", generated: id, used: ProvJSONNames.article(mention.articleID),
                    type: "prov:Quotation"))
            if let primary = primarySource(claim: claim, mention) {
                derivations.append(
                    Derivation(id: id + "/primary-source", generated: id, used: primary, type: "prov:PrimarySource"))
            }
            let chain = chain(mention)
            if let nearest = chain.first {
                derivations.append(
                    Derivation(id: id + "/relay", generated: id, used: statement(claim, nearest), type: nil))
            }
            for (reporter, reported) in zip(chain, chain.dropFirst()) where reporter.local != reported.local {
                let generated = statement(claim, reporter)
                let hop = generated + "/from/" + reported.local
                guard hops.insert(hop).inserted else { continue }
                derivations.append(
                    Derivation(
                        id: hop, generated: generated, used: statement(claim, reported), type: "provtool:ReReporting"))
            }
        }
        return derivations
    }

    /// The record the mention ultimately comes from: its origin's statement, or the
    /// earliest article for an unsourced claim.
    static func primarySource(claim: Int64, _ mention: MentionTrail) -> String? {
        if let origin = originSpeaker(mention) { return statement(claim, origin) }
        return mention.originArticleID.map(ProvJSONNames.article)
    }

    private static func statement(_ claim: Int64, _ speaker: Speaker) -> String {
        ProvJSONNames.statement(claim: claim, sourceID: speaker.sourceID, name: speaker.name)
    }
}
