/// Traces every mention of one claim to its origin with DESIGN.md's rules 1–6
/// and counts the claim's independent origins.
///
/// Rules are applied in order, earlier rules winning; each trace names its
/// rule so that a user can ask why. Names are canonicalised with
/// ``SourceNames`` before they are compared, since canonicalisation is half of
/// the count ("the Pentagon" and "the Defense Department" are one origin).
public struct OriginTracer {
    let names: SourceNameCache
    let shapes = SpeakerShapeCache()

    public init() {
        self.init(names: SourceNameCache())
    }

    init(names: SourceNameCache) {
        self.names = names
    }

    public func corroborate(_ mentions: [OriginEvidence]) -> Corroboration {
        // Sorted as positions, then copied once: sorting the structs themselves copies each
        // one (and its strings) many times, which showed on claims of thousands of mentions.
        // A caller that keeps its evidence in this order (the import planner does) passes it
        // without any copy.
        let ordered =
            zip(mentions, mentions.dropFirst()).allSatisfy { !Self.earlier($1, $0) }
            ? mentions : mentions.indices.sorted { Self.earlier(mentions[$0], mentions[$1]) }.map { mentions[$0] }
        var traces: [TracedMention] = []
        var pending: [OriginEvidence] = []
        for mention in ordered {
            if let identified = identifiedOrigin(of: mention) {
                traces.append(identified)
            } else {
                pending.append(mention)
            }
        }
        let claim = ClaimMentions(ordered)
        traces = collapseCopies(traces, mentions: claim)
        (traces, pending) = followCreditedCopies(traces, pending: pending, mentions: claim)
        traces = consolidateNames(traces, mentions: claim)
        (traces, pending) = demoteUnconfirmedCredits(traces, pending: pending, mentions: claim)
        (traces, pending) = deferToNamedSpeakerInSameArticle(traces, pending: pending, mentions: claim)
        // Rule 5: unidentified mentions add no origin when an identified one exists.
        let earliestIdentified = traces.first { claim[$0.mentionID]?.stance == .asserts } ?? traces.first
        var unsourced = false
        for mention in pending {
            if let earliest = earliestIdentified {
                traces.append(
                    TracedMention(
                        mentionID: mention.mentionID, origin: earliest.origin, originKind: earliest.originKind,
                        rule: .earliestIdentified))
            } else {
                // Rule 6: the earliest article that states it.
                unsourced = true
                let first = ordered.first { $0.stance == .asserts } ?? ordered[0]
                traces.append(
                    TracedMention(
                        mentionID: mention.mentionID,
                        origin: names.canonical(Self.articleName(first), kind: .outlet), originKind: .outlet,
                        rule: .unsourced))
            }
        }
        return summarise(claim, traces: traces, unsourced: unsourced)
    }

    /// Rules 1–3: the origin an attribution identifies, or nil when none does.
    func identifiedOrigin(of mention: OriginEvidence) -> TracedMention? {
        func trace(_ name: String, _ kind: SourceKind, _ rule: OriginRule) -> TracedMention {
            TracedMention(
                mentionID: mention.mentionID, origin: names.canonical(name, kind: kind), originKind: kind,
                rule: rule)
        }
        let lastVia = mention.via.last
        // Rule 2 with no via: the outlet that heard it, which the article credits or is.
        func heardByOutlet() -> TracedMention? {
            guard let outlet = mention.articleCredits.first ?? mention.articleOutlet else { return nil }
            return trace(outlet, .outlet, .anonymousToOutlet)
        }
        let shape = mention.speaker.map(shapes.shape(of:))
        if let shape, lastVia == nil, shape.isGenericOutletReference {
            return heardByOutlet()  // "the newspaper said"
        }
        if let shape, mention.speakerKind == .person || mention.speakerKind == .organization, shape.isUnnamedRole {
            // "a state inspector", "senior officials": nobody named, so rule 2, as anonymous.
            return lastVia.map { trace($0, .outlet, .viaChain) } ?? heardByOutlet()
        }
        if mention.speakerKind == .person, let outlet = shape?.reportersOutlet {
            // "CNN's Barbara Starr": a reporter speaks for their outlet (rule 1, then rule 2).
            return lastVia.map { trace($0, .outlet, .viaChain) } ?? trace(outlet, .outlet, .outletSpeaker)
        }
        guard let speaker = mention.speaker, let kind = mention.speakerKind else {
            // Own voice: rule 3 when the article credits the story to an outlet.
            return lastVia.map { trace($0, .outlet, .creditedStory) }
        }
        // "Fox News reports that…" in an article that says Politico first broke the story: the
        // outlet reported Politico's scoop (rule 2). Its own sources ("insiders told Fox News")
        // are not touched: they are anonymous speakers, not the outlet's report.
        func scoop(over outlet: String) -> TracedMention? {
            guard let scoop = mention.articleScoop,
                names.key(scoop, kind: .outlet) != names.key(outlet, kind: .outlet)
            else { return nil }
            return trace(scoop, .outlet, .scoop)
        }
        switch kind {
        case .person, .organization:
            // "Mayor Ellen Thorsby's office" speaks for the mayor: a person.
            return trace(speaker, SourceNames.isOffice(speaker) ? .person : kind, .namedSpeaker)
        case .outlet:
            if let lastVia { return scoop(over: lastVia) ?? trace(lastVia, .outlet, .viaChain) }
            return scoop(over: speaker) ?? trace(speaker, .outlet, .outletSpeaker)
        case .anonymous:
            return lastVia.map { trace($0, .outlet, .viaChain) } ?? heardByOutlet()
        case .document:
            // "Report: Iran plotting…, via Fox News": the outlet's report, as above.
            return lastVia.map { scoop(over: $0) ?? trace($0, .outlet, .viaChain) } ?? heardByOutlet()
        case .unknown:
            if let lastVia { return scoop(over: lastVia) ?? trace(lastVia, .outlet, .viaChain) }
            // "a city engineer familiar with the inspection": an unnamed source, rule 2. A
            // pronoun or other unresolved speaker identifies nothing (rule 5 decides it).
            return shape?.isIndefiniteDescription == true ? heardByOutlet() : nil
        }
    }

    /// Groups the asserting mentions' traces into independent origins (one per source key, in
    /// order of first appearance) and counts the claim.
    private func summarise(_ claim: ClaimMentions, traces: [TracedMention], unsourced: Bool) -> Corroboration {
        let ordered = claim.ordered
        var origins: [TracedOrigin] = []
        // A claim repeats a few origin names thousands of times: each name's key is worked out
        // once, and the origin it belongs to is found by one lookup.
        var originOfKey: [String: Int] = [:]
        var originOfName: [TracedName: Int] = [:]
        for trace in traces {
            guard let at = claim.position[trace.mentionID], ordered[at].stance == .asserts else { continue }
            let published = ordered[at].articlePublished
            let name = TracedName(name: trace.origin, kind: trace.originKind)
            let index: Int
            if let known = originOfName[name] {
                index = known
            } else {
                let key = names.key(trace.origin, kind: trace.originKind)
                if let known = originOfKey[key] {
                    index = known
                } else {
                    index = origins.count
                    originOfKey[key] = index
                    origins.append(
                        .init(name: trace.origin, kind: trace.originKind, firstPublished: published, mentionIDs: []))
                }
                originOfName[name] = index
            }
            origins[index].mentionIDs.append(trace.mentionID)
            if let published, origins[index].firstPublished.map({ published < $0 }) ?? true {
                origins[index].firstPublished = published
            }
        }
        let articles = Set(ordered.map(\.articleID))
        let assertingArticles = Set(ordered.filter { $0.stance == .asserts }.map(\.articleID))
        let contested = ordered.contains { $0.stance != .asserts }
        let circular = assertingArticles.count >= 2 && origins.count == 1
        return Corroboration(
            traces: traces.sorted { $0.mentionID < $1.mentionID },
            origins: origins,
            articleCount: articles.count,
            circular: circular,
            contested: contested,
            unsourced: unsourced,
            credibility: Self.credibility(origins: origins.count, contested: contested, unsourced: unsourced),
            firstSeen: ordered.compactMap(\.articlePublished).min()
        )
    }

    /// An origin as one trace names it, before names are keyed.
    private struct TracedName: Hashable {
        var name: String
        var kind: SourceKind
    }

    /// Admiralty information credibility. 1 ("confirmed by other sources")
    /// needs two or more independent origins; 6 ("cannot be judged") is an
    /// unsourced claim; a denial lowers the grade by one step.
    static func credibility(origins: Int, contested: Bool, unsourced: Bool) -> Int {
        if unsourced { return 6 }
        switch origins {
        case 0: return contested ? 5 : 6
        case 1: return contested ? 4 : 3
        default: return contested ? 2 : 1
        }
    }

    /// Earlier publication first; unknown dates after known ones; then import order.
    static func earlier(_ lhs: OriginEvidence, _ rhs: OriginEvidence) -> Bool {
        // Two mentions of one article share its evidence, and so its date.
        if lhs.article !== rhs.article, let l = lhs.article.publishedKey, let r = rhs.article.publishedKey, l != r {
            return l < r
        }
        switch (lhs.articlePublished, rhs.articlePublished) {
        case (let l?, let r?) where lhs.article !== rhs.article && l != r: return l < r
        case (.some, nil): return true
        case (nil, .some): return false
        default: return (lhs.articleID, lhs.mentionID) < (rhs.articleID, rhs.mentionID)
        }
    }

    /// How an unsourced origin is named: the article's outlet, else its file name.
    static func articleName(_ mention: OriginEvidence) -> String {
        if let outlet = mention.articleOutlet, !outlet.isEmpty { return outlet }
        return mention.articlePath.split(separator: "/").last.map(String.init) ?? mention.articlePath
    }
}
