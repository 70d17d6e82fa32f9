/// Rule 4: copies are one origin, the earliest. Both passes look only at the few mentions they
/// may change (those only their own outlet vouches for, and those nothing identifies), so a
/// claim of thousands of mentions traced again and again stays cheap.
extension OriginTracer {
    /// Within a copy group (articles that are near-duplicates of one another: a wire story and
    /// its reprints, a story and its reposts), a mention that only its own article's outlet
    /// vouches for ("officials said", with no outlet named) traces as the earliest copy's does:
    /// twenty papers printing the same agency story without its credit heard nothing twenty
    /// times. Named speakers and named outlets are left as they are: the text names them the
    /// same way in every copy, so they already trace to one origin.
    func collapseCopies(_ traces: [TracedMention], mentions: ClaimMentions) -> [TracedMention] {
        let local = traces.filter { $0.rule == .anonymousToOutlet }.compactMap { mentions[$0.mentionID] }
        guard local.count > 1 else { return traces }
        var groupOf: [Int64: Int64] = [:]
        for mention in local {
            if let group = mention.articleGroup { groupOf[mention.mentionID] = group }
        }
        // A group's first article has no group recorded: its id is the group's.
        let groups = Set(groupOf.values)
        for mention in local where mention.articleGroup == nil {
            if groups.contains(mention.articleID) { groupOf[mention.mentionID] = mention.articleID }
        }
        guard !groupOf.isEmpty else { return traces }
        // Mentions are in publication order: the lowest position per group is the earliest.
        var first: [Int64: TracedMention] = [:]
        let position = mentions.position
        for trace in traces where trace.rule == .anonymousToOutlet {
            guard let group = groupOf[trace.mentionID], let at = position[trace.mentionID] else { continue }
            if let known = first[group], let knownAt = position[known.mentionID], knownAt <= at { continue }
            first[group] = trace
        }
        return traces.map { trace in
            guard trace.rule == .anonymousToOutlet, let group = groupOf[trace.mentionID], let earliest = first[group],
                earliest.mentionID != trace.mentionID,
                names.key(earliest.origin, kind: earliest.originKind) != names.key(trace.origin, kind: trace.originKind)
            else { return trace }
            return TracedMention(
                mentionID: trace.mentionID, origin: earliest.origin, originKind: earliest.originKind, rule: .copy)
        }
    }

    /// A mention that repeats word for word a sentence another article attributes, with no
    /// credit of its own (own voice, or an anonymous source only its own outlet vouches for),
    /// traces where that attribution does: seed 001 reposts Politico's story without its name,
    /// and other articles give Politico's sentences with the credit.
    func followCreditedCopies(
        _ traces: [TracedMention], pending: [OriginEvidence], mentions: ClaimMentions
    ) -> ([TracedMention], [OriginEvidence]) {
        var wordings = Set(pending.lazy.map(\.wording))
        for trace in traces where trace.rule == .anonymousToOutlet {
            if let wording = mentions[trace.mentionID]?.wording { wordings.insert(wording) }
        }
        wordings.remove(0)
        guard !wordings.isEmpty else { return (traces, pending) }
        // Every mention sharing one of those wordings, with its article.
        var sharing: [Int64: (article: Int64, wording: UInt64)] = [:]
        for mention in mentions.ordered where wordings.contains(mention.wording) {
            sharing[mention.mentionID] = (mention.articleID, mention.wording)
        }
        // The first attributed trace of each wording (traces follow publication order).
        var credited: [UInt64: (article: Int64, trace: TracedMention)] = [:]
        for trace in traces where Self.attributes(trace.rule) {
            guard let found = sharing[trace.mentionID], credited[found.wording] == nil else { continue }
            credited[found.wording] = (found.article, trace)
        }
        guard !credited.isEmpty else { return (traces, pending) }
        func source(of mentionID: Int64) -> TracedMention? {
            guard let own = sharing[mentionID], let found = credited[own.wording], found.article != own.article
            else { return nil }
            return TracedMention(
                mentionID: mentionID, origin: found.trace.origin, originKind: found.trace.originKind,
                rule: .copiedSentence)
        }
        let updated = traces.map { trace in
            trace.rule == .anonymousToOutlet ? (source(of: trace.mentionID) ?? trace) : trace
        }
        var stillPending: [OriginEvidence] = []
        var added: [TracedMention] = []
        for mention in pending {
            if let trace = source(of: mention.mentionID) { added.append(trace) } else { stillPending.append(mention) }
        }
        return (updated + added, stillPending)
    }

    /// Rules whose origin an attribution in the text names.
    static func attributes(_ rule: OriginRule) -> Bool {
        switch rule {
        case .namedSpeaker, .viaChain, .outletSpeaker, .scoop, .creditedStory: true
        default: false
        }
    }
}
