/// Attribution that follows the content: "…, the official said.",
/// "…, said Lt. Col. Campbell.", "… according to Politico.",
/// "…,” Ngqengelele said on Monday, Bloomberg reported."
extension MentionExtractor.SentenceView {
    /// "… according to X" anywhere after the start; X runs to the next comma or the end.
    func midAccordingTo() -> Attribution? {
        var a = -1
        var i = 1
        while i + 2 < t.count {
            if !t[i].inQuote, isWord(i, Lexicon.hAccording), isWord(i + 1, Lexicon.hTo) { a = i; break }
            i += 1
        }
        guard a > 0 else { return nil }
        var before = a
        while before > 0, t[before - 1].kind == .comma || t[before - 1].kind == .dash { before -= 1 }
        guard wordCount(0..<before) >= 2 else { return nil }
        let end = contentEnd
        var npEnd = a + 2
        while npEnd < end, t[npEnd].kind != .comma, t[npEnd].kind != .dash, t[npEnd].kind != .semicolon { npEnd += 1 }
        let np = (a + 2)..<npEnd
        guard !np.isEmpty,
            isNounPhrase(np, allowCommas: false, maxCount: 26) || np.count <= 12 && t[np.lowerBound].isWord
        else { return nil }
        var att = Attribution(
            speaker: np, cue: a..<(a + 2), content: [contentStart(0)..<before], via: [], rule: "according-to")
        if npEnd < end {
            let rest = (npEnd + 1)..<end
            if let r = rest.first, t[r].kind == .word, cls(r).contains(.citing) {
                let cited = (r + 1)..<end
                if isNounPhrase(cited, allowCommas: true) || cited.count <= 12 {
                    att.via = [np]
                    att.speaker = cited
                }
            } else if wordCount(rest) >= 2,
                !(t[rest.lowerBound].kind == .word && t[rest.lowerBound].end > t[rest.lowerBound].start
                    && cls(rest.lowerBound).contains(.relative))
            {
                att.content.append(rest)
            }
        }
        // "The convoy, according to residents, left …" may open with two words; alone they are no claim.
        guard att.content.count > 1 || wordCount(0..<before) >= 3 else { return nil }
        return att
    }

    /// The first content token: past an opening quote or dash.
    func contentStart(_ from: Int) -> Int {
        var c = from
        while c < t.count, t[c].kind == .openQuote || t[c].kind == .dash || t[c].kind == .comma { c += 1 }
        return c
    }

    /// "content, NP cue [trailer]" or "content, cue NP": tries each comma, dash
    /// or closing quote as the boundary, leftmost first.
    func inverted() -> Attribution? {
        let end = contentEnd
        var b = 2
        while b < end - 1 {
            let k = t[b].kind
            let boundary = (k == .comma || k == .dash) && !t[b].inQuote || k == .closeQuote
            if boundary {
                var s = b + 1
                if s < end, t[s].kind == .comma { s += 1 }
                var cEnd = b
                while cEnd > 0, t[cEnd - 1].kind == .comma || t[cEnd - 1].kind == .closeQuote && k != .closeQuote {
                    cEnd -= 1
                }
                if k == .closeQuote, cEnd > 0, t[cEnd - 1].kind == .comma { cEnd -= 1 }
                var cs = 0
                while cs < cEnd, t[cs].kind == .openQuote || t[cs].kind == .dash { cs += 1 }
                if k == .closeQuote, let d = dashSpeaker(from: b + 1, to: end), wordCount(cs..<cEnd) >= 3 {
                    return Attribution(speaker: d, cue: (b + 1)..<(b + 2), content: [cs..<cEnd], via: [], rule: "dash")
                }
                // "On his website, Lee said …": an adverbial opening is no reported content.
                if k == .comma, isAdverbialPhrase(cs..<cEnd) {
                    b += 1
                    continue
                }
                if s < end, wordCount(0..<cEnd) >= 2, var a = tail(s..<end, apposition: k == .closeQuote) {
                    // "Gen. Dale Ferris, the commander, said the strike …": the part before the
                    // comma is the subject with its apposition, not reported content.
                    if a.rule == "said-inverted", k == .comma,
                        (cs..<cEnd).contains(where: { t[$0].kind == .comma || cls($0).contains(.relative) }),
                        isNounPhrase(cs..<cEnd, allowCommas: true)
                    {
                        b += 1
                        continue
                    }
                    if let rest = a.content.first {
                        a.content = [cs..<cEnd, rest]  // "The plan, officials said, was approved …"
                    } else {
                        guard wordCount(0..<cEnd) >= 3 else { b += 1; continue }
                        a.content = [cs..<cEnd]
                    }
                    return a
                }
            }
            b += 1
        }
        return nil
    }

    /// "“…” — Mayor Ines Calder": a dash after a closing quote, then a name to the end.
    func dashSpeaker(from d: Int, to end: Int) -> Range<Int>? {
        guard d < end, t[d].kind == .dash, d + 1 < end, t[d + 1].kind == .word, t[d + 1].capitalized else {
            return nil
        }
        let r = (d + 1)..<end
        guard wordCount(r) <= 12, isNounPhrase(r, allowCommas: true) else { return nil }
        return r
    }

    /// Parses `r` as a trailing attribution clause. With `apposition`, the
    /// speaker may hold commas ("the defendant's lawyer, Nina Roth, said").
    func tail(_ r: Range<Int>, apposition: Bool = false) -> Attribution? {
        let s = r.lowerBound
        let e = r.upperBound
        guard t[s].kind == .word, !t[s].inQuote else { return nil }
        if isWord(s, Lexicon.hAccording), isWord(s + 1, Lexicon.hTo) { return nil }  // midAccordingTo's job
        var k = s
        var commas = 0
        while k < min(e, s + 24) {
            if apposition, t[k].kind == .comma, k > s, commas < 2 {
                commas += 1
                k += 1
                continue
            }
            if t[k].kind == .comma || t[k].kind == .openQuote || t[k].inQuote { if k > s { return nil } }
            if isCue(k, front: false) { break }
            k += 1
        }
        guard k < min(e, s + 24), isCue(k, front: false) else { return nil }
        let cueClass = cls(k)
        if cueClass.contains(.deny) || cueClass.contains(.dispute) { return nil }
        var speaker: Range<Int>
        var next: Int
        var via: [Range<Int>] = []
        var rule = "inverted-said"
        if k == s {
            // "…, said Pentagon spokesman Lt. Col. Thomas Campbell, who …"
            var n = k + 1
            while n < e, t[n].kind != .comma, t[n].kind != .dash { n += 1 }
            // "said Pentagon spokesman Jonathan Hoffman on Friday": the time is not the speaker.
            var ne = n
            for j in (k + 2)..<max(k + 2, n)
            where t[j].kind == .word && cls(j).contains(.temporal)
                && (t[j].capitalized || cls(j - 1).contains(.preposition))
            {
                ne = cls(j - 1).contains(.preposition) && !t[j - 1].capitalized ? j - 1 : j
                break
            }
            speaker = (k + 1)..<ne
            guard !speaker.isEmpty, isNounPhrase(speaker, allowCommas: false) else { return nil }
            // "said it would …" is a clause; "said pollster Ann Lee" and "said former Gov. Lee" name someone.
            guard !cls(speaker.lowerBound).contains(.pronoun) || speaker.count == 1 else { return nil }
            next = n
            rule = "said-inverted"
        } else {
            var ne = k
            while ne > s + 1, t[ne - 1].kind == .word,
                cls(ne - 1).contains(.between) && !cls(ne - 1).contains(.preposition)
            { ne -= 1 }
            while ne > s + 1, t[ne - 1].kind == .comma { ne -= 1 }
            speaker = s..<ne
            guard isNounPhrase(speaker, allowCommas: apposition) else { return nil }
            next = k + 1
            if cueClass.contains(.told) {
                var o = next
                while o < e, t[o].kind == .word || t[o].kind == .number, !isWord(o, Lexicon.hThat),
                    o == next || cls(o).intersection([.preposition, .temporal]).isEmpty
                { o += 1 }
                guard o > next else { return nil }
                if isWord(o, Lexicon.hTo) { return nil }
                if !cls(next).contains(.audience) { via.append(next..<o) }
                next = o
                rule = "told-outlet"
            }
        }
        // Trailer: adverbials up to the next comma, then optionally a relay clause.
        var n = next
        var trailer = 0
        while n < e, t[n].kind != .comma, t[n].kind != .dash {
            // "told a crowd at a bar that spilled onto the street": past the first words, "that"
            // opens a relative clause; right after the cue it opens reported content.
            if isWord(n, Lexicon.hThat), trailer < 2 { return nil }
            // "said in May on the podcast “Here’s the Thing”": a title may stand in the trailer, not open it.
            if trailer == 0 && (t[n].inQuote || t[n].kind == .openQuote) { return nil }
            // "she said as police moved in", "said 30 minutes into the debate": a time or place.
            if trailer == 0, !startsTrailer(n) {
                return nil  // the cue takes an object clause: "Trump said Soleimani was …"
            }
            trailer += 1
            if trailer > 12 { return nil }
            n += 1
        }
        var a = Attribution(speaker: speaker, cue: k..<(k + 1), content: [], via: via, rule: rule, stance: .asserts)
        if n < e {
            var m = n + 1
            if m < e, t[m].kind == .comma { m += 1 }
            guard m < e else { return a }
            if let relay = tail(m..<e), !relay.speaker.isEmpty {
                a.via.append(relay.speaker)  // "…, Ngqengelele said, Bloomberg reported."
                a.via.append(contentsOf: relay.via)
            } else if isWord(m, Lexicon.hAccording), isWord(m + 1, Lexicon.hTo), m + 2 < e {
                // "…, reports say, according to an official": the official speaks; an outlet relays.
                let y = (m + 2)..<e
                if isOutletLike(y) {
                    a.via.append(y)
                } else {
                    a.speaker = y
                    a.via = []
                    a.cue = m..<(m + 2)
                    a.rule = "according-to"
                }
            } else if t[m].kind == .word, cls(m).contains(.citing), m + 1 < e {
                a.via.insert(a.speaker, at: 0)
                a.speaker = (m + 1)..<e
            } else if t[m].kind == .word, cls(m).contains(.clauseVerb), !cls(m).contains(.relative) {
                a.content = [m..<e]  // parenthetical attribution; the caller adds the part before
            } else if t[m].kind == .openQuote, apposition {
                a.content = [m..<e]  // "“…,” she said, “but …”": the quotation goes on
            } else if t[m].kind == .word, !t[m].capitalized || cls(m).contains(.relative) {
                // "…, adding that …", "…, who …": the attribution is complete; what it adds is
                // the speaker's second statement.
                a.followUp = secondReport(atComma: n, end: e)
            } else if rule == "said-inverted" || t[m].kind == .number || isPlaceTail(m..<e) {
                // "said Roy Hale, 65, a farmer", "said Ann Lee, Republican of Ohio", "in Akron, Ohio.":
                // an apposition or the rest of a place name.
            } else {
                return nil
            }
        }
        return a
    }

    /// Whether the word at `i` can open the adverbial after a cue ("said on Monday", "said
    /// 30 minutes into the debate", "said as police moved in", "said about the plan").
    func startsTrailer(_ i: Int) -> Bool {
        if t[i].kind == .number { return true }
        guard t[i].kind == .word, !t[i].inQuote else { return false }
        if !cls(i).intersection([.preposition, .temporal, .between]).isEmpty { return true }
        if isWord(i, Lexicon.hAs) || isWord(i, Lexicon.hWhen) || isWord(i, Self.hAbout) { return true }
        return !t[i].capitalized && ByteText.hasSuffix(p, t[i].start..<t[i].end, "ly")
    }

    /// "…, Ohio.", "…, N.Y., on Monday": a few capitalised words that end a place name.
    func isPlaceTail(_ r: Range<Int>) -> Bool {
        var words = 0
        for i in r {
            if t[i].kind == .word {
                guard t[i].capitalized else { return false }
                words += 1
            } else if t[i].kind != .comma && t[i].kind != .terminal {
                return false
            }
            if words > 3 { return false }
        }
        return words > 0
    }

    /// "On his campaign website", "In an interview with Fox News on Monday night": a phrase that
    /// opens with a preposition or a word of time and holds no verb or figure, so it states
    /// nothing ("At least 19 people died" holds a figure).
    func isAdverbialPhrase(_ r: Range<Int>) -> Bool {
        guard let f = r.first, t[f].kind == .word, !t[f].inQuote,
            !cls(f).intersection([.preposition, .temporal]).isEmpty || isWord(f, Self.hAbout)
        else { return false }
        return wordCount(r) <= 12
            && !r.contains(where: {
                t[$0].kind == .number || t[$0].kind == .word && !cls($0).intersection([.clauseVerb, .cue]).isEmpty
            })
    }

    static let hAbout = ByteText.hash("about")
}
