/// What the origin rules need to know about one mention and its article.
public struct OriginEvidence: Sendable, Hashable {
    public var mentionID: Int64
    public var articleID: Int64
    public var articlePath: String
    public var articleOutlet: String?
    public var articlePublished: String?
    /// Outlets the article credits for its story, nearest first.
    public var articleCredits: [String]
    public var speaker: String?
    public var speakerKind: SourceKind?
    /// Nearest intermediary first.
    public var via: [String]
    public var stance: Stance

    public init(
        mentionID: Int64, articleID: Int64, articlePath: String, articleOutlet: String?,
        articlePublished: String?, articleCredits: [String], speaker: String?, speakerKind: SourceKind?,
        via: [String], stance: Stance
    ) {
        self.mentionID = mentionID
        self.articleID = articleID
        self.articlePath = articlePath
        self.articleOutlet = articleOutlet
        self.articlePublished = articlePublished
        self.articleCredits = articleCredits
        self.speaker = speaker
        self.speakerKind = speakerKind
        self.via = via
        self.stance = stance
    }
}

/// Where one mention was traced.
public struct TracedMention: Sendable, Hashable {
    public var mentionID: Int64
    public var origin: String
    public var originKind: SourceKind
    public var rule: OriginRule
}

/// One independent origin of a claim and the asserting mentions traced to it.
public struct TracedOrigin: Sendable, Hashable {
    public var name: String
    public var kind: SourceKind
    public var firstPublished: String?
    public var mentionIDs: [Int64]
}

/// A claim's corroboration, computed from its mentions alone.
public struct Corroboration: Sendable, Hashable {
    public var traces: [TracedMention]
    /// Independent origins of the asserting mentions, in order of first appearance.
    public var origins: [TracedOrigin]
    public var articleCount: Int
    public var circular: Bool
    public var contested: Bool
    public var unsourced: Bool
    public var credibility: Int
    public var firstSeen: String?

    public var originCount: Int { origins.count }
}

/// Traces every mention of one claim to its origin with DESIGN.md's rules 1–6
/// and counts the claim's independent origins.
///
/// Rules are applied in order, earlier rules winning; each trace names its
/// rule so that a user can ask why. Names are canonicalised with
/// ``SourceNames`` before they are compared, since canonicalisation is half of
/// the count ("the Pentagon" and "the Defense Department" are one origin).
public struct OriginTracer {
    let names: SourceNameCache

    public init() {
        self.init(names: SourceNameCache())
    }

    init(names: SourceNameCache) {
        self.names = names
    }

    public func corroborate(_ mentions: [OriginEvidence]) -> Corroboration {
        let ordered = mentions.sorted(by: Self.earlier)
        var traces: [TracedMention] = []
        var pending: [OriginEvidence] = []
        for mention in ordered {
            if let identified = identifiedOrigin(of: mention) {
                traces.append(identified)
            } else {
                pending.append(mention)
            }
        }
        traces = consolidateNames(traces, mentions: ordered)
        (traces, pending) = demoteUnconfirmedCredits(traces, pending: pending, mentions: ordered)
        (traces, pending) = deferToNamedSpeakerInSameArticle(traces, pending: pending, mentions: ordered)
        // Rule 5: unidentified mentions add no origin when an identified one exists.
        let byID = tracesByID(ordered)
        let earliestIdentified = traces.first { byID[$0.mentionID]?.stance == .asserts } ?? traces.first
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
        return summarise(ordered, traces: traces, unsourced: unsourced)
    }

    /// Rule 3 is the weakest evidence: an article's credit covers the story it credits, and
    /// telling which of its own-voice sentences belong to that story is a guess. So when the
    /// claim has origins that attributions identify and the credited outlet is not among them,
    /// the credited-story mention adds no origin of its own (rule 5 decides it).
    func demoteUnconfirmedCredits(
        _ traces: [TracedMention], pending: [OriginEvidence], mentions: [OriginEvidence]
    ) -> ([TracedMention], [OriginEvidence]) {
        let confirmed = Set(
            traces.filter { $0.rule != .creditedStory }.map { names.key($0.origin, kind: $0.originKind) })
        guard !confirmed.isEmpty else { return (traces, pending) }
        let byID = Dictionary(mentions.map { ($0.mentionID, $0) }, uniquingKeysWith: { a, _ in a })
        var kept: [TracedMention] = []
        var demoted = pending
        for trace in traces {
            if trace.rule == .creditedStory, !confirmed.contains(names.key(trace.origin, kind: trace.originKind)),
                let mention = byID[trace.mentionID]
            {
                demoted.append(mention)
            } else {
                kept.append(trace)
            }
        }
        return (kept, demoted)
    }

    /// Within one article, every mention of the claim that no named speaker backs (own voice,
    /// an unnamed role, a credited outlet) traces to the named speaker the article gives for
    /// the same claim elsewhere: a headline and a lead restating the body are one report.
    func deferToNamedSpeakerInSameArticle(
        _ traces: [TracedMention], pending: [OriginEvidence], mentions: [OriginEvidence]
    ) -> ([TracedMention], [OriginEvidence]) {
        let articleOf = Dictionary(mentions.map { ($0.mentionID, $0.articleID) }, uniquingKeysWith: { a, _ in a })
        let asserting = Set(mentions.filter { $0.stance == .asserts }.map(\.mentionID))
        var namedByArticle: [Int64: TracedMention] = [:]
        // Only a speaker who asserts the claim backs it: a denial in the same article does not.
        for trace in traces where trace.rule == .namedSpeaker && asserting.contains(trace.mentionID) {
            guard let articleID = articleOf[trace.mentionID], namedByArticle[articleID] == nil else { continue }
            namedByArticle[articleID] = trace
        }
        guard !namedByArticle.isEmpty else { return (traces, pending) }
        func deferred(_ mentionID: Int64) -> TracedMention? {
            guard let articleID = articleOf[mentionID], let named = namedByArticle[articleID] else { return nil }
            return TracedMention(
                mentionID: mentionID, origin: named.origin, originKind: named.originKind, rule: .sameArticle)
        }
        let updated = traces.map { trace in
            trace.rule == .namedSpeaker ? trace : (deferred(trace.mentionID) ?? trace)
        }
        var stillPending: [OriginEvidence] = []
        var added: [TracedMention] = []
        for mention in pending {
            if let trace = deferred(mention.mentionID) { added.append(trace) } else { stillPending.append(mention) }
        }
        return (updated + added, stillPending)
    }

    /// Canonicalises person origins across the claim's mentions, since the count
    /// is only right once names are: a surname becomes the full name another
    /// mention gives ("Trump" → "Donald Trump"), and a spokesperson named alone
    /// traces to the body another mention says they speak for ("Saeed
    /// Khatibzadeh" → "foreign ministry" when some mention reads "foreign
    /// ministry spokesman Saeed Khatibzadeh").
    func consolidateNames(_ traces: [TracedMention], mentions: [OriginEvidence]) -> [TracedMention] {
        var bodies: [String: String] = [:]
        var spokespeople: Set<Int64> = []
        var resolver = NameResolver()
        let speakers = Dictionary(mentions.map { ($0.mentionID, $0.speaker ?? "") }, uniquingKeysWith: { a, _ in a })
        for trace in traces where trace.rule == .namedSpeaker {
            if let speaker = speakers[trace.mentionID], let person = Self.spokespersonName(in: speaker),
                names.key(person, kind: .person) != names.key(trace.origin, kind: .person)
            {
                bodies[names.key(person, kind: .person)] = trace.origin
                resolver.observe(person)
                spokespeople.insert(trace.mentionID)
            } else if trace.originKind == .person {
                resolver.observe(trace.origin)
            }
        }
        let organizations = Set(
            traces.filter { $0.originKind == .organization || spokespeople.contains($0.mentionID) }.map(\.origin))
        return traces.map { trace in
            var traced = trace
            if trace.originKind == .organization || spokespeople.contains(trace.mentionID) {
                traced.origin = Self.fullestName(of: trace.origin, among: organizations)
            }
            if spokespeople.contains(trace.mentionID) {
                traced.originKind = .organization
                return traced
            }
            guard trace.originKind == .person else { return traced }
            let resolved = resolver.resolve(trace.origin)
            if let body = bodies[names.key(resolved, kind: .person)] {
                traced.origin = Self.fullestName(of: body, among: organizations)
                traced.originKind = .organization
            } else {
                traced.origin = resolved
            }
            return traced
        }
    }

    /// The longest name among `names` whose words include every word of `name` ("foreign
    /// ministry" → "Iranian Foreign Ministry"), or `name` itself; within one claim, the
    /// shorter form is the same body named with less context.
    static func fullestName(of name: String, among names: Set<String>) -> String {
        let words = Set(name.lowercased().split(separator: " "))
        guard !words.isEmpty else { return name }
        let fuller = names.filter { other in
            other.count > name.count && words.isSubset(of: Set(other.lowercased().split(separator: " ")))
        }
        return fuller.max { ($0.count, $0) < ($1.count, $1) } ?? name
    }

    /// The person's name in "foreign ministry spokesman Saeed Khatibzadeh" or
    /// "Saeed Khatibzadeh, the foreign ministry spokesman": the run of two or
    /// more capitalised words that is not the body's name.
    static func spokespersonName(in speaker: String) -> String? {
        let lowered = speaker.lowercased()
        guard lowered.contains("spokes") || lowered.contains("press secretary") else { return nil }
        var runs: [[Substring]] = [[]]
        for word in speaker.split(whereSeparator: { $0 == " " || $0 == "," }) {
            if word.first?.isUppercase == true, word.count > 1 {
                runs[runs.count - 1].append(word)
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        guard let run = runs.last(where: { $0.count >= 2 }) else { return nil }
        return SourceNames.canonical(run.joined(separator: " "), kind: .person)
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
        if let speaker = mention.speaker, lastVia == nil, Self.isGenericOutletReference(speaker) {
            return heardByOutlet()  // "the newspaper said"
        }
        if let speaker = mention.speaker, mention.speakerKind == .person || mention.speakerKind == .organization,
            Self.isUnnamedRole(speaker)
        {
            // "a state inspector", "senior officials": nobody named, so rule 2, as anonymous.
            return lastVia.map { trace($0, .outlet, .viaChain) } ?? heardByOutlet()
        }
        guard let speaker = mention.speaker, let kind = mention.speakerKind else {
            // Own voice: rule 3 when the article credits the story to an outlet.
            return lastVia.map { trace($0, .outlet, .creditedStory) }
        }
        switch kind {
        case .person, .organization:
            return trace(speaker, kind, .namedSpeaker)
        case .outlet:
            if let lastVia { return trace(lastVia, .outlet, .viaChain) }
            return trace(speaker, .outlet, .outletSpeaker)
        case .anonymous, .document:
            return lastVia.map { trace($0, .outlet, .viaChain) } ?? heardByOutlet()
        case .unknown:
            if let lastVia { return trace(lastVia, .outlet, .viaChain) }
            return nil
        }
    }

    private func tracesByID(_ mentions: [OriginEvidence]) -> [Int64: OriginEvidence] {
        Dictionary(mentions.map { ($0.mentionID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private func summarise(_ ordered: [OriginEvidence], traces: [TracedMention], unsourced: Bool) -> Corroboration {
        let byID = tracesByID(ordered)
        var groups: [String: TracedOrigin] = [:]
        var order: [String] = []
        for trace in traces {
            guard let mention = byID[trace.mentionID], mention.stance == .asserts else { continue }
            let key = names.key(trace.origin, kind: trace.originKind)
            if groups[key] == nil {
                order.append(key)
                groups[key] = .init(
                    name: trace.origin, kind: trace.originKind, firstPublished: mention.articlePublished,
                    mentionIDs: [])
            }
            groups[key]?.mentionIDs.append(trace.mentionID)
            if let published = mention.articlePublished,
                groups[key]?.firstPublished.map({ published < $0 }) ?? true
            {
                groups[key]?.firstPublished = published
            }
        }
        let origins = order.compactMap { groups[$0] }
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

    /// "The newspaper", "the website", "the report": an outlet named only by what it is.
    static func isGenericOutletReference(_ speaker: String) -> Bool {
        var words = speaker.lowercased().split(separator: " ")
        if let first = words.first, ["the", "a", "an", "that", "this"].contains(first) { words.removeFirst() }
        guard words.count <= 2, let last = words.last else { return false }
        return genericOutletWords.contains(String(last))
    }

    /// A role with no name: "State inspector", "senior US officials", "the engineer". Words
    /// after the first that are capitalised mark a name ("Inspector Martin Kessler").
    static func isUnnamedRole(_ speaker: String) -> Bool {
        let words = speaker.split(separator: " ")
        guard let last = words.last, words.count <= 4 else { return false }
        guard roleNouns.contains(last.lowercased()) else { return false }
        return !words.dropFirst().contains {
            $0.first?.isUppercase == true && $0.count > 2 && $0 != "US" && $0 != "U.S."
        }
    }

    static let roleNouns: Set<String> = [
        "inspector", "inspectors", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source",
        "sources", "engineer", "engineers", "officer", "officers", "expert", "experts", "analyst", "analysts",
        "aide", "aides", "adviser", "advisers", "diplomat", "diplomats", "lawmaker", "lawmakers", "commissioner",
        "minister", "secretary", "director", "investigators", "investigator", "authorities", "residents", "witnesses",
    ]

    static let genericOutletWords: Set<String> = [
        "newspaper", "paper", "outlet", "website", "site", "publication", "network", "broadcaster", "channel",
        "report", "magazine", "agency", "daily", "tabloid", "broadsheet", "station",
    ]

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
        switch (lhs.articlePublished, rhs.articlePublished) {
        case (let l?, let r?) where l != r: return l < r
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
