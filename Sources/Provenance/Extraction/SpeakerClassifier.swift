/// Decides what kind of source a speaker phrase names, and trims it to the name.
///
/// Corroboration counts sources, so "a Politico report" must become the outlet
/// Politico, "Gen. Kenneth McKenzie, the head of US Central Command" the person,
/// and "a US government official familiar with the issue" an anonymous source.
extension MentionExtractor.SentenceView {
    typealias SpeakerKind = SourceKind

    /// The trimmed speaker range and its kind.
    ///
    /// The noun phrase's head decides first ("the farmers' association" is an
    /// organisation, "a spokesman for the club" an anonymous source), then a
    /// name at its end makes a person, and an indefinite or plural description
    /// of people an anonymous source.
    func classifySpeaker(_ range: Range<Int>) -> (Range<Int>, SourceKind) {
        var r = trimCommas(range)
        guard !r.isEmpty else { return (range, .unknown) }
        if r.count == 1, cls(r.lowerBound).contains(.pronoun) { return (r, .unknown) }
        r = trimApposition(r)
        if let o = outletRun(in: r), onlyOutletFrame(r, run: o) { return (o, .outlet) }
        if stateMedia(r) { return (r, .outlet) }
        // "Hale & Porter": an ampersand joins the names of a firm, not of one person.
        if r.contains(where: { t[$0].kind == .other && p[t[$0].start] == 0x26 }) { return (r, .organization) }
        if let run = personRun(r), !isWord(run.lowerBound - 1, Lexicon.hThe) || cls(run.lowerBound).contains(.title) {
            return (r, .person)
        }
        let head = headIndex(r)
        if t[head].kind == .word {
            let c = cls(head)
            if c.contains(.document) && !c.contains(.organization) { return (r, .document) }
            if c.contains(.organization) { return (r, .organization) }
            if c.contains(.anonymous) { return (r, .anonymous) }
        }
        // "a worker", "two engineers", "a former captain": unnamed people.
        if t[r.lowerBound].kind == .word, cls(r.lowerBound).contains(.indefinite) { return (r, .anonymous) }
        // "the interior minister", "the ship's captain": one office holder, a person.
        if t[head].kind == .word, cls(head).contains(.role) { return (r, .person) }
        var anonymous = false
        var org = false
        var allPlace = true
        for i in r where t[i].kind == .word {
            let c = cls(i)
            if c.contains(.anonymous) { anonymous = true }
            if c.contains(.organization) { org = true }
            if !c.contains(.place) && !c.contains(.determiner) { allPlace = false }
        }
        if anonymous { return (r, .anonymous) }
        if org || allPlace { return (r, .organization) }
        if let o = outletRun(in: r) { return (o, .outlet) }
        // "The Red Cross", "the Port Authority": a capitalised name after "the" is an institution.
        if isWord(r.lowerBound, Lexicon.hThe), r.count > 1, t[r.upperBound - 1].capitalized {
            return (r, .organization)
        }
        if t[r.lowerBound].capitalized, !cls(r.lowerBound).contains(.determiner) { return (r, .person) }
        return (r, .unknown)
    }

    /// The head word of a speaker phrase: the last word before a lowercase
    /// preposition, participle, relative pronoun or comma ("a report to
    /// Congress" → report, "figures released on Friday" → figures).
    func headIndex(_ r: Range<Int>) -> Int {
        var i = r.lowerBound + 1
        while i < r.upperBound {
            let tok = t[i]
            if tok.kind == .comma { break }
            if tok.kind == .word, !tok.capitalized {
                let c = cls(i)
                if !c.intersection([.preposition, .relative]).isEmpty { break }
                // "figures released on Friday", but "a leaked memo".
                if c.contains(.participle), i + 1 == r.upperBound || cls(i + 1).contains(.preposition) { break }
            }
            i += 1
        }
        var h = i - 1
        while h > r.lowerBound, t[h].kind != .word { h -= 1 }
        return h
    }

    /// True when `r` reads as a news organisation (for via and credit).
    func isOutletLike(_ r: Range<Int>) -> Bool {
        classifySpeaker(r).1 == .outlet
    }

    func trimCommas(_ range: Range<Int>) -> Range<Int> {
        var s = range.lowerBound
        var e = range.upperBound
        while s < e, t[s].kind == .comma || t[s].kind == .dash { s += 1 }
        while e > s, t[e - 1].kind == .comma || t[e - 1].kind == .dash || t[e - 1].kind == .terminal { e -= 1 }
        return s..<e
    }

    /// "Saeed Khatibzadeh, the foreign ministry spokesman" → the name;
    /// "Spokesperson for the embassy, Hamid Reza" → the name.
    func trimApposition(_ r: Range<Int>) -> Range<Int> {
        guard let c = r.first(where: { t[$0].kind == .comma }) else { return r }
        let first = r.lowerBound..<c
        if !first.isEmpty, personRunAtEnd(first), first.count <= 6 { return first }
        var e = c + 1
        while e < r.upperBound, t[e].kind != .comma { e += 1 }
        let second = (c + 1)..<e
        if !second.isEmpty, second.count <= 6, personRunAtEnd(second) { return second }
        // "The minister, speaking at a news conference," and "The data, released on Tuesday,":
        // a participle clause describes the speaker; it does not name it.
        if !first.isEmpty, let s = second.first, t[s].kind == .word, !t[s].capitalized,
            cls(s).contains(.participle) || ByteText.hasSuffix(p, t[s].start..<t[s].end, "ing")
        {
            return first
        }
        return r
    }

    /// A name at the end of `r`: one to three capitalised words that are not
    /// places, organisations, outlets, titles or generic nouns.
    func personRunAtEnd(_ r: Range<Int>) -> Bool {
        personRun(r) != nil
    }

    /// The token range of the name that ends `r`, if any.
    func personRun(_ r: Range<Int>) -> Range<Int>? {
        var n = 0
        var i = r.upperBound - 1
        let excluded: MentionExtractor.WordClass = [
            .place, .organization, .anonymous, .outlet, .document, .determiner, .pronoun, .temporal,
            .outletSuffix, .title, .role,
        ]
        while i >= r.lowerBound, t[i].kind == .word, t[i].capitalized, cls(i).intersection(excluded).isEmpty {
            n += 1
            i -= 1
        }
        if n == 0 || n > 3 { return nil }
        // "CNN's Barbara Starr" and "President Trump" are people; "Politico" alone is handled before.
        return (i + 1)..<r.upperBound
    }

    /// The outlet name inside `r`: a known outlet word or a capitalised run ending in
    /// "News", "Times", "Post" …, extended over neighbouring capitalised words.
    func outletRun(in r: Range<Int>) -> Range<Int>? {
        for i in r where t[i].kind == .word && t[i].capitalized {
            let c = cls(i)
            var hit = c.contains(.outlet)
            if !hit, c.contains(.outletSuffix) {
                hit =
                    (i > r.lowerBound && t[i - 1].capitalized && t[i - 1].kind == .word) || isWord(i - 1, Lexicon.hThe)
            }
            if !hit, isWord(i, Lexicon.hOne), isWord(i - 1, Lexicon.hDefense) { hit = true }
            guard hit else { continue }
            var s = i
            while s > r.lowerBound, t[s - 1].kind == .word, t[s - 1].capitalized,
                !cls(s - 1).contains(.determiner) || isWord(s - 1, Lexicon.hThe), !cls(s - 1).contains(.title)
            { s -= 1 }
            var e = i + 1
            while e < r.upperBound, t[e].kind == .word, t[e].capitalized, !cls(e).contains(.document) { e += 1 }
            // "Times of Israel"
            if e + 1 < r.upperBound, isWord(e, Lexicon.hOf), t[e + 1].capitalized, cls(e - 1).contains(.outletSuffix) {
                e += 2
            }
            return s..<e
        }
        return nil
    }

    /// The tokens around an outlet name only frame it: "a report by Politico",
    /// "a Politico report", "the Politico".
    func onlyOutletFrame(_ r: Range<Int>, run: Range<Int>) -> Bool {
        for i in r where !run.contains(i) {
            guard t[i].kind == .word else { return false }
            let c = cls(i)
            if c.contains(.determiner) || c.contains(.document) || isWord(i, Lexicon.hBy) || isWord(i, Lexicon.hIn)
                || isWord(i, Lexicon.hFrom) || isWord(i, Lexicon.hOf) || c.contains(.outletSuffix)
                || isWord(i, Lexicon.hAgency) || c.contains(.temporal)
            {
                continue
            }
            // "CNN's Barbara Starr": a name after the outlet makes it a person.
            return false
        }
        return true
    }

    /// "Iran state television", "state media": an outlet without a proper name.
    func stateMedia(_ r: Range<Int>) -> Bool {
        guard r.count >= 2 else { return false }
        let last = r.upperBound - 1
        return isWord(last - 1, Lexicon.hState) && cls(last).contains(.outletSuffix)
    }
}
