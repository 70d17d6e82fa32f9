/// Where a speaker's noun phrase begins and ends when something stands before it or inside it:
/// an introduction with commas, an adverbial opening, a subordinate clause, a listener after
/// "telling". Shared by the front, coordinated and embedded attribution rules.
extension MentionExtractor.SentenceView {
    /// The longest noun phrase that follows a comma inside `r` and runs to its end: the
    /// subject after an introduction that holds commas of its own.
    func subjectAfterComma(_ r: Range<Int>) -> Range<Int>? {
        for c in r where t[c].kind == .comma && !t[c].inQuote && c + 1 < r.upperBound {
            let candidate = (c + 1)..<r.upperBound
            if isNounPhrase(candidate, allowCommas: true, maxCount: 40) { return candidate }
        }
        return nil
    }

    /// Whether the word at `i` opens an adverbial rather than a name: "Like Corker, …", "Of the
    /// plan, …", "Sunday morning, …", "Nevertheless, …", "Separately, …".
    func isAdverbial(_ i: Int) -> Bool {
        guard i < count, t[i].kind == .word else { return false }
        let c = cls(i)
        if !c.intersection([.preposition, .intro, .opener, .hedge]).isEmpty { return true }
        if c.contains(.temporal) && !c.contains(.clauseVerb) { return true }  // "Sunday", not "May"
        return ByteText.hasSuffix(p, t[i].start..<t[i].end, "ly")
    }

    /// Where what was told begins after "telling": past a listener of a few words, at "that",
    /// at a quotation, or at a clause ("telling MSNBC his plan would …"); nil for "telling him to go".
    func toldContentStart(after k: Int) -> Int? {
        var o = k + 1
        while o < min(count, k + 7), t[o].kind == .word, !isWord(o, Lexicon.hThat), !isWord(o, Lexicon.hTo) {
            if o > k + 1, startsClause(at: o) || t[o].capitalized && cls(o - 1).contains(.audience) { return o }
            o += 1
        }
        guard o > k + 1, o < count else { return nil }
        if isWord(o, Lexicon.hThat) { return o + 1 }
        if t[o].kind == .comma, o + 1 < count, t[o + 1].kind == .openQuote { return o + 2 }
        if t[o].kind == .openQuote { return o + 1 }
        return nil
    }

    static let hTelling = ByteText.hash("telling")

    /// A comma that ends an introductory phrase: outside quotations, or just inside a closing
    /// quote ("To a question on “fair pay,” Ruiz said …").
    func isClauseComma(_ k: Int) -> Bool {
        t[k].kind == .comma && (!t[k].inQuote || k + 1 < t.count && t[k + 1].kind == .closeQuote)
    }

    /// Where the subject noun phrase that opens at `s0` ends, at the first lower-case word that
    /// cannot belong to it (its verb, as a rule): "A spokesman for Mayor Ann Lee of Akron | defended
    /// the route and said …". Names, determiners, speaker nouns and the prepositions that join them
    /// ("of", "for", "at") belong to it.
    func subjectPrefixEnd(from s0: Int) -> Int {
        var e = s0
        while e < min(count, s0 + 16), t[e].kind == .word || t[e].kind == .number, !t[e].inQuote {
            let c = cls(e)
            if !t[e].capitalized && t[e].kind == .word {
                let joins = e > s0 && (isWord(e, Lexicon.hOf) || isWord(e, Self.hFor) || isWord(e, Self.hAt))
                let speakerWord =
                    !c.intersection([.organization, .anonymous, .role, .title, .outlet, .determiner]).isEmpty
                    || e == s0 && c.contains(.pronoun)
                guard joins && e + 1 < count && t[e + 1].kind == .word || speakerWord else { break }
                guard c.intersection([.clauseVerb, .cue, .deny, .dispute]).isEmpty else { break }
            }
            e += 1
        }
        while e > s0 + 1, t[e - 1].kind == .word, !t[e - 1].capitalized, cls(e - 1).contains(.preposition) { e -= 1 }
        return e
    }

    static let hAt = ByteText.hash("at")
    static let hWhose = ByteText.hash("whose")
    static let hWhom = ByteText.hash("whom")
    /// Words that open a subordinate clause before its subject: "Although", "Because", "While".
    static let subordinators: Set<UInt64> = Set(
        [
            "although", "though", "while", "because", "whereas", "unless", "since", "when", "after", "before",
            "once", "as",
        ]
        .map { ByteText.hash($0) })

    /// Whether a clause starts at `i`: a lower-case determiner or pronoun ("the ferry", "it",
    /// "his office") with a finite verb ("will", "had", "was") within the next four words.
    func startsClause(at i: Int) -> Bool {
        guard i < t.count, t[i].kind == .word, !t[i].capitalized,
            !cls(i).intersection([.determiner, .pronoun]).isEmpty
        else { return false }
        for k in (i + 1)..<min(i + 5, t.count) where t[k].kind == .word && cls(k).contains(.clauseVerb) {
            return true
        }
        return false
    }
}
