/// Rule 4: copies are one origin, the earliest.
extension OriginTracer {
    /// Within a copy group (articles that are near-duplicates of one another: a wire story and
    /// its reprints, a story and its reposts), a mention that only its own article's outlet
    /// vouches for ("officials said", with no outlet named) traces as the earliest copy's does:
    /// twenty papers printing the same agency story without its credit heard nothing twenty
    /// times. Named speakers and named outlets are left as they are: the text names them the
    /// same way in every copy, so they already trace to one origin.
    func collapseCopies(_ traces: [TracedMention], mentions: [OriginEvidence]) -> [TracedMention] {
        guard mentions.contains(where: { $0.articleGroup != nil }) else { return traces }
        // `mentions` is in publication order, so the first trace met per group is the earliest.
        var groupOf: [Int64: Int64] = [:]
        var position: [Int64: Int] = [:]
        for (index, mention) in mentions.enumerated() {
            groupOf[mention.mentionID] = mention.articleGroup ?? mention.articleID
            position[mention.mentionID] = index
        }
        var earliest: [Int64: (position: Int, trace: TracedMention)] = [:]
        for trace in traces where trace.rule == .anonymousToOutlet {
            guard let group = groupOf[trace.mentionID], let at = position[trace.mentionID] else { continue }
            if let known = earliest[group], known.position <= at { continue }
            earliest[group] = (at, trace)
        }
        return traces.map { trace in
            guard trace.rule == .anonymousToOutlet, let group = groupOf[trace.mentionID],
                let first = earliest[group]?.trace, first.mentionID != trace.mentionID,
                names.key(first.origin, kind: first.originKind) != names.key(trace.origin, kind: trace.originKind)
            else { return trace }
            return TracedMention(
                mentionID: trace.mentionID, origin: first.origin, originKind: first.originKind, rule: .copy)
        }
    }

    /// A mention that repeats word for word a sentence another article attributes, with no
    /// credit of its own (own voice, or an anonymous source only its own outlet vouches for),
    /// traces where that attribution does: seed 001 reposts Politico's story without its name,
    /// and other articles give Politico's sentences with the credit.
    func followCreditedCopies(
        _ traces: [TracedMention], pending: [OriginEvidence], mentions: [OriginEvidence]
    ) -> ([TracedMention], [OriginEvidence]) {
        var articleOf: [Int64: Int64] = [:]
        var wordingOf: [Int64: UInt64] = [:]
        for mention in mentions where mention.wording != 0 {
            articleOf[mention.mentionID] = mention.articleID
            wordingOf[mention.mentionID] = mention.wording
        }
        // The first attributed trace of each wording, with its article (mentions are in
        // publication order, traces follow them).
        var credited: [UInt64: (article: Int64, trace: TracedMention)] = [:]
        for trace in traces where Self.attributes(trace.rule) {
            guard let wording = wordingOf[trace.mentionID], credited[wording] == nil,
                let article = articleOf[trace.mentionID]
            else { continue }
            credited[wording] = (article, trace)
        }
        guard !credited.isEmpty else { return (traces, pending) }
        func source(of mentionID: Int64) -> TracedMention? {
            guard let wording = wordingOf[mentionID], let found = credited[wording],
                found.article != articleOf[mentionID]
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
