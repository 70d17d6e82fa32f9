/// The passes that run between identifying origins (rules 1–3) and counting them: names
/// consolidated across the claim, weak credits demoted, restatements within an article
/// joined to the named speaker the article gives.
extension OriginTracer {
    /// Rule 3 is the weakest evidence: an article's credit covers the story it credits, and
    /// telling which of its own-voice sentences belong to that story is a guess. So when the
    /// claim has origins that attributions identify and the credited outlet is not among them,
    /// the credited-story mention adds no origin of its own (rule 5 decides it).
    func demoteUnconfirmedCredits(
        _ traces: [TracedMention], pending: [OriginEvidence], mentions: ClaimMentions
    ) -> ([TracedMention], [OriginEvidence]) {
        guard traces.contains(where: { $0.rule == .creditedStory }) else { return (traces, pending) }
        let confirmed = Set(
            traces.filter { $0.rule != .creditedStory }.map { names.key($0.origin, kind: $0.originKind) })
        guard !confirmed.isEmpty else { return (traces, pending) }
        let demote = { (trace: TracedMention) in
            trace.rule == .creditedStory && !confirmed.contains(names.key(trace.origin, kind: trace.originKind))
        }
        guard traces.contains(where: demote) else { return (traces, pending) }
        var kept: [TracedMention] = []
        var demoted = pending
        for trace in traces {
            if demote(trace), let mention = mentions[trace.mentionID] {
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
        _ traces: [TracedMention], pending: [OriginEvidence], mentions: ClaimMentions
    ) -> ([TracedMention], [OriginEvidence]) {
        var namedByArticle: [Int64: TracedMention] = [:]
        // Only a speaker who asserts the claim backs it: a denial in the same article does not.
        for trace in traces where trace.rule == .namedSpeaker {
            guard let mention = mentions[trace.mentionID], mention.stance == .asserts,
                namedByArticle[mention.articleID] == nil
            else { continue }
            namedByArticle[mention.articleID] = trace
        }
        guard !namedByArticle.isEmpty else { return (traces, pending) }
        func deferred(_ mentionID: Int64) -> TracedMention? {
            guard let articleID = mentions[mentionID]?.articleID, let named = namedByArticle[articleID]
            else { return nil }
            return TracedMention(
                mentionID: mentionID, origin: named.origin, originKind: named.originKind, rule: .sameArticle)
        }
        let updated = traces.map { trace in
            Self.speaksForItself(trace.rule) ? trace : (deferred(trace.mentionID) ?? trace)
        }
        var stillPending: [OriginEvidence] = []
        var added: [TracedMention] = []
        for mention in pending {
            if let trace = deferred(mention.mentionID) { added.append(trace) } else { stillPending.append(mention) }
        }
        return (updated + added, stillPending)
    }

    /// Whether a trace names its own origin: a named speaker, or an outlet reporting in its own
    /// name ("Reuters was first to report that…"). An outlet's scoop and the official statement
    /// that confirms it in the same article are two channels, not one report restated.
    static func speaksForItself(_ rule: OriginRule) -> Bool {
        rule == .namedSpeaker || rule == .outletSpeaker || rule == .viaChain || rule == .scoop
    }

    /// Canonicalises person origins across the claim's mentions, since the count
    /// is only right once names are: a surname becomes the full name another
    /// mention gives ("Trump" → "Donald Trump"), and a spokesperson named alone
    /// traces to the body another mention says they speak for ("Saeed
    /// Khatibzadeh" → "foreign ministry" when some mention reads "foreign
    /// ministry spokesman Saeed Khatibzadeh").
    func consolidateNames(_ traces: [TracedMention], mentions: ClaimMentions) -> [TracedMention] {
        var bodies: [String: String] = [:]
        var spokespeople: Set<Int64> = []
        var resolver = NameResolver()
        // A large claim repeats a few names thousands of times: each is read and observed once.
        var observed: Set<String> = []
        for trace in traces where trace.rule == .namedSpeaker {
            let speaker = mentions[trace.mentionID]?.speaker ?? ""
            if let person = shapes.shape(of: speaker).spokesperson,
                names.key(person, kind: .person) != names.key(trace.origin, kind: .person)
            {
                bodies[names.key(person, kind: .person)] = trace.origin
                if observed.insert(person).inserted { resolver.observe(person) }
                spokespeople.insert(trace.mentionID)
            } else if trace.originKind == .person {
                if observed.insert(trace.origin).inserted { resolver.observe(trace.origin) }
            }
        }
        let organizations = Set(
            traces.filter { $0.originKind == .organization || spokespeople.contains($0.mentionID) }.map(\.origin))
        var fullest: [String: String] = [:]
        func fullestName(of name: String) -> String {
            if let known = fullest[name] { return known }
            let value = Self.fullestName(of: name, among: organizations)
            fullest[name] = value
            return value
        }
        var resolved: [String: String] = [:]
        let named: [TracedMention] = traces.map { trace in
            var traced = trace
            if trace.originKind == .organization || spokespeople.contains(trace.mentionID) {
                traced.origin = fullestName(of: trace.origin)
            }
            if spokespeople.contains(trace.mentionID) {
                traced.originKind = .organization
                return traced
            }
            guard trace.originKind == .person else { return traced }
            let person = resolved[trace.origin] ?? resolver.resolve(trace.origin)
            resolved[trace.origin] = person
            if let body = bodies[names.key(person, kind: .person)] {
                traced.origin = fullestName(of: body)
                traced.originKind = .organization
            } else {
                traced.origin = person
            }
            return traced
        }
        return joinParentBodies(joinBareRoles(named, mentions: mentions))
    }

    /// "The mayor" (or "the mayor's office") with no name joins the one person whom another
    /// mention of the claim gives that title ("Mayor Ellen Thorsby"): a role the article names
    /// elsewhere is that person. Two people with the title leave the role as it is.
    func joinBareRoles(_ traces: [TracedMention], mentions: ClaimMentions) -> [TracedMention] {
        let bare = Set(
            traces.map(\.origin).filter { !$0.contains(" ") && $0.first?.isLowercase == true && $0.count > 2 })
        guard !bare.isEmpty else { return traces }
        var holders: [String: Set<String>] = [:]
        for trace in traces where trace.rule == .namedSpeaker && !bare.contains(trace.origin) {
            guard let speaker = mentions[trace.mentionID]?.speaker else { continue }
            let words = Set(speaker.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init))
            for role in bare where words.contains(role) { holders[role, default: []].insert(trace.origin) }
        }
        return traces.map { trace in
            guard bare.contains(trace.origin), let found = holders[trace.origin], found.count == 1,
                let holder = found.first,
                let kind = traces.first(where: { $0.origin == holder })?.originKind
            else { return trace }
            var traced = trace
            traced.origin = holder
            traced.originKind = kind
            return traced
        }
    }

    /// A body that the known-sources table places inside another (IARC in WHO, US Central Command
    /// in the Pentagon) is its own source, but within a claim that also cites the body it belongs
    /// to, it speaks for that body, as a spokesperson does: one origin, named for the outermost
    /// body the claim cites. Two agencies of one body join only through it.
    func joinParentBodies(_ traces: [TracedMention]) -> [TracedMention] {
        let present = Set(traces.map { names.key($0.origin, kind: $0.originKind) })
        var outermost: [String: String?] = [:]
        func body(of key: String) -> String? {
            if let known = outermost[key] { return known }
            var found: String?
            var current = key
            for _ in 0..<8 {
                guard let parent = KnownSources.source(key: current)?.parent else { break }
                let parentKey = names.key(parent, kind: .organization)
                if present.contains(parentKey) { found = names.canonical(parent, kind: .organization) }
                current = parent.lowercased()
            }
            outermost[key] = found
            return found
        }
        return traces.map { trace in
            guard let parent = body(of: names.key(trace.origin, kind: trace.originKind)) else { return trace }
            var traced = trace
            traced.origin = parent
            traced.originKind = .organization
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
        guard
            lowered.contains("spokes") || lowered.contains("press secretary")
                || SourceNames.officerRole(in: speaker.split(separator: " ").map(String.init)) != nil
        else { return nil }
        var runs: [[Substring]] = [[]]
        for word in speaker.split(whereSeparator: { $0 == " " || $0 == "," }) {
            if word.first?.isUppercase == true, word.count > 1,
                !SourceNames.officerRoleWords.contains(word.lowercased())
            {
                runs[runs.count - 1].append(word)
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        guard let run = runs.last(where: { $0.count >= 2 }) else { return nil }
        return SourceNames.canonical(run.joined(separator: " "), kind: .person)
    }

}
