/// Article-level passes after every sentence is read: which outlets the article
/// credits for its story, pronoun speakers, and via chains for own-voice text.
///
/// DESIGN.md rule 3: own-voice sentences in the part of the article that tells
/// the credited story carry the credited outlet as via; background further down
/// does not. Rule 2: an anonymous source with no via traces to that outlet too.
extension MentionExtractor.ArticleRun {
    mutating func finish() -> ArticleExtraction {
        // The article's own outlet in its dateline is not a relay ("WASHINGTON (UPI) --" in UPI's copy).
        if let w = wire?.lowercased(), let own = ownOutlet?.lowercased(), own == w || own.hasPrefix(w + " ") {
            wire = nil
        }
        let total = (drafts.last?.region ?? 0) + 1
        // Paragraphs (counted among those holding mentions) whose outlets count as credits.
        let creditWindow = max(4, total / 2)
        // Credits: outlets named as speaker or via near the top, in order of appearance.
        var named: [(region: Int, name: String)] = []
        for d in drafts where d.region <= creditWindow {
            if d.mention.speakerKind == .outlet, let s = d.mention.speaker { named.append((d.region, s)) }
            for (name, kind) in zip(d.mention.via, d.viaKinds) where kind == .outlet { named.append((d.region, name)) }
        }
        for c in creditCandidates where c.region <= creditWindow { named.append((c.region, c.name)) }
        named.sort { $0.region < $1.region }
        var credits: [String] = []
        var seen = Set<String>()
        var firstCreditRegion = Int.max
        for n in named {
            let key = n.name.lowercased()
            if seen.insert(key).inserted {
                credits.append(n.name)
                firstCreditRegion = min(firstCreditRegion, n.region)
            }
        }
        let storyLimit = credits.isEmpty ? -1 : max(firstCreditRegion + 3, (total + 1) / 2)
        for i in drafts.indices {
            var m = drafts[i].mention
            let inStory = drafts[i].region < storyLimit
            // "he" and "she" were resolved sentence by sentence (`resolvePronouns`); "they"
            // goes to the nearest organisation or plural group that spoke before.
            if m.speakerKind == .unknown, let s = m.speaker {
                let h = MentionExtractor.ByteText.hash(s)
                if h == MentionExtractor.Lexicon.hThey, let g = nearestGroup(before: i) {
                    m.speaker = g.0
                    m.speakerKind = g.1
                }
            }
            // "told the news website": the outlet the article credits.
            if drafts[i].viaKinds.contains(.unknown) {
                var via: [String] = []
                for (name, kind) in zip(m.via, drafts[i].viaKinds) {
                    if kind != .unknown {
                        via.append(name)
                    } else if let c = credits.first, !via.contains(c) {
                        via.append(c)
                    }
                }
                m.via = via
            }
            if drafts[i].speakerIsDefiniteReport, inStory, let c = credits.first {
                m.speaker = c
                m.speakerKind = .outlet
            }
            if inStory, let c = credits.first, m.via.isEmpty {
                let own = m.speaker == nil
                let relayed = m.speakerKind == .anonymous || m.speakerKind == .document
                if own || relayed, m.speaker?.lowercased() != c.lowercased() { m.via = [c] }
            }
            // A press release: the publishing organisation states what it says in its own voice.
            if m.speaker == nil, let publisher {
                m.speaker = publisher
                m.speakerKind = .organization
                m.rule = "publisher"
            }
            if let w = wire, !m.via.contains(where: { $0.lowercased() == w.lowercased() }),
                m.speaker?.lowercased() != w.lowercased()
            {
                m.via.append(w)  // wire copy: the agency relays everything in it
            }
            drafts[i].mention = m
        }
        if let w = wire, !seen.contains(w.lowercased()) { credits.append(w) }
        return ArticleExtraction(mentions: drafts.map(\.mention), credits: credits, scoop: scoop)
    }
}
