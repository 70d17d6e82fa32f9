/// How mentions become PROV records: which agents made a statement of a claim, and which
/// derivations connect mentions, statements and articles.
///
/// Mentions arrive one at a time, grouped by claim; a trail remembers only what the
/// current claim has already declared (its speakers and re-reporting hops, a handful), so
/// the export holds one mention at a time however many articles carry a claim.
struct ProvJSONTrail {
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

    private var claim: Int64?
    private var speakers: Set<String> = []
    private var hops: Set<String> = []

    /// Forgets the previous claim's speakers and hops when `mention` starts another claim.
    private mutating func enter(_ mention: MentionTrail) {
        guard mention.claimID != claim else { return }
        claim = mention.claimID
        speakers.removeAll(keepingCapacity: true)
        hops.removeAll(keepingCapacity: true)
    }

    /// The agents this mention adds to its claim's statements, in order: via hops, speaker, origin.
    mutating func newSpeakers(_ mention: MentionTrail) -> [Speaker] {
        enter(mention)
        return (Self.chain(mention) + [Self.originSpeaker(mention)].compactMap { $0 }).filter {
            speakers.insert($0.local).inserted
        }
    }

    /// The mention's derivations (the quotation of its article, its primary source, the
    /// statement it relays) and each re-reporting hop of its via chain not yet written for
    /// its claim, from the nearer statement to the farther one.
    mutating func derivations(_ mention: MentionTrail) -> [Derivation] {
        enter(mention)
        let claim = mention.claimID
        let id = ProvJSONNames.mention(mention.id)
        var derivations = [
            Derivation(
                id: id + "/quotation", generated: id, used: ProvJSONNames.article(mention.articleID),
                type: "prov:Quotation")
        ]
        if let primary = Self.primarySource(mention) {
            derivations.append(
                Derivation(id: id + "/primary-source", generated: id, used: primary, type: "prov:PrimarySource"))
        }
        let chain = Self.chain(mention)
        if let nearest = chain.first {
            derivations.append(
                Derivation(id: id + "/relay", generated: id, used: Self.statement(claim, nearest), type: nil))
        }
        for (reporter, reported) in zip(chain, chain.dropFirst()) where reporter.local != reported.local {
            let generated = Self.statement(claim, reporter)
            let hop = generated + "/from/" + reported.local
            guard hops.insert(hop).inserted else { continue }
            derivations.append(
                Derivation(
                    id: hop, generated: generated, used: Self.statement(claim, reported), type: "provtool:ReReporting"))
        }
        return derivations
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

    /// The record the mention ultimately comes from: its origin's statement, or the
    /// earliest article for an unsourced claim.
    static func primarySource(_ mention: MentionTrail) -> String? {
        if let origin = originSpeaker(mention) { return statement(mention.claimID, origin) }
        return mention.originArticleID.map(ProvJSONNames.article)
    }

    static func statement(_ claim: Int64, _ speaker: Speaker) -> String {
        ProvJSONNames.statement(claim: claim, sourceID: speaker.sourceID, name: speaker.name)
    }
}
