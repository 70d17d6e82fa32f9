/// Attribution that comes before the content: "X said (that) …",
/// "X told Y that …", "According to X, …", "Citing X, Y reported that …".
extension MentionExtractor.SentenceView {
    typealias Attribution = MentionExtractor.Attribution

    /// "According to X, content" at the start of the sentence.
    func frontAccordingTo() -> Attribution? {
        guard t.count > 4, isWord(0, Lexicon.hAccording), isWord(1, Lexicon.hTo) else { return nil }
        // The comma may sit inside a closing quote: "According to a directive known as “Duty to Warn,” …"
        guard
            let comma = (2..<t.count).first(where: {
                t[$0].kind == .comma && (!t[$0].inQuote || $0 + 1 < t.count && t[$0 + 1].kind == .closeQuote)
            }), comma > 2
        else { return nil }
        let quoted = t[comma].inQuote
        let np = 2..<comma
        var quiet = self
        quiet.ignoreQuotes = quoted
        guard quiet.isNounPhrase(np, allowCommas: false, maxCount: 26) || quoted else { return nil }
        let content = (comma + (quoted ? 2 : 1))..<contentEnd
        guard wordCount(content) >= 3 else { return nil }
        var a = Attribution(speaker: np, cue: 0..<2, content: [content], via: [], rule: "according-to")
        splitCiting(&a)
        return a
    }

    /// "Citing X, Y reported (that) content": speaker X, via [Y].
    func frontCiting() -> Attribution? {
        guard t.count > 5, t[0].kind == .word, cls(0).contains(.citing) else { return nil }
        guard let comma = firstIndex(of: .comma, in: 1..<t.count), comma > 1 else { return nil }
        let cited = 1..<comma
        guard isNounPhrase(cited, allowCommas: false, maxCount: 26) else { return nil }
        guard var inner = front(from: comma + 1) else { return nil }
        inner.via.insert(inner.speaker, at: 0)
        inner.speaker = cited
        inner.rule = "citing"
        return inner
    }

    /// "X said (that) content", after an optional introductory phrase.
    func front(from start: Int = 0) -> Attribution? {
        var s = start
        if s < t.count, t[s].kind == .word, cls(s).contains(.intro), !cls(s).contains(.according) {
            // "On Monday, …", "Despite initial claims that …, officials said …"
            var k = s
            while k < min(t.count, s + 26), !isClauseComma(k) {
                if k > s, isCue(k, front: true), !cls(k).contains(.cueNeedsThat) { break }
                k += 1
            }
            if k < t.count, isClauseComma(k) { s = t[k].inQuote ? k + 2 : k + 1 }
        }
        while s < t.count, t[s].kind == .word, cls(s).contains(.opener) { s += 1 }  // "But officials said …"
        if s > start, s < t.count, t[s].kind == .comma { s += 1 }  // "Now, officials say …"
        guard s < t.count else { return nil }
        var k = s
        // A subject with an apposition and a relative clause runs long: "Jo Ames, a lawyer who
        // has advised the board since its founding in 1998, said …".
        let limit = min(t.count, s + 40)
        var found = -1
        while k < limit {
            if t[k].inQuote && !ignoreQuotes || t[k].kind == .colon || t[k].kind == .semicolon
                || t[k].kind == .openQuote
            {
                break
            }
            if k > s, isCue(k, front: true) { found = k; break }
            // "Figures published on Friday showed the total had risen": a document shows without "that".
            if k > s, cls(k).contains(.cueNeedsThat), isCue(k, front: true, requireThat: false),
                isNounPhrase(s..<k, allowCommas: false), classifySpeaker(s..<k).1 == .document
            {
                found = k
                break
            }
            k += 1
        }
        guard found > s else { return nil }
        // "The minister toured the district and said …": two predicates, not a subject.
        if isWord(found - 1, Lexicon.hAnd) { return nil }
        var e = found
        while e > s + 1, t[e - 1].kind == .word || t[e - 1].kind == .number,
            !cls(e - 1).intersection([.between, .temporal]).isEmpty || t[e - 1].kind == .number
                || (t[e - 1].capitalized && cls(e - 1).contains(.temporal))
        {
            e -= 1
        }
        // A trailing comma closes an apposition: "Saeed Khatibzadeh, the spokesman, said".
        while e > s + 1, t[e - 1].kind == .comma { e -= 1 }
        var subject = s..<e
        if !isNounPhrase(subject, allowCommas: true, maxCount: 40) {
            // "Even in her home town, where the party is weak, Ferre said …": an introduction
            // with commas of its own; the subject is the noun phrase after one of them.
            guard let later = subjectAfterComma(s..<e) else { return nil }
            subject = later
        }
        // "The changes, which officials said will start in May, …": the relative clause's subject
        // speaks, and what it says goes on after the cue.
        // ("Ann Lee, who chairs the board, said" is Ann Lee's: a comma closes her apposition).
        if t[found - 1].kind != .comma, let rel = subject.last(where: { cls($0).contains(.relative) }), rel + 1 < e,
            !isWord(rel, Lexicon.hWho) && !isWord(rel, Self.hWhose) && !isWord(rel, Self.hWhom),
            cls(rel + 1).intersection([.clauseVerb, .be]).isEmpty,
            isNounPhrase((rel + 1)..<e, allowCommas: false)
        {
            subject = (rel + 1)..<e
        }
        // "Other than X, officials noted …", "Spokesperson for the embassy, Hamid Reza, said …":
        // a first part with prepositions is an introduction or a description; the last part speaks.
        if let c1 = subject.first(where: { t[$0].kind == .comma }) {
            var lastComma = c1
            for i in subject where t[i].kind == .comma { lastComma = i }
            let tail = (lastComma + 1)..<e
            let head = s..<c1
            if head.contains(where: { t[$0].kind == .word && !t[$0].capitalized && cls($0).contains(.preposition) })
                || isAdverbial(head.lowerBound),
                !tail.isEmpty, isNounPhrase(tail, allowCommas: false)
            {
                subject = tail
            }
        }
        // "Although Weiner admitted that …", "The delays came as the firm said …": the subject
        // of the subordinate clause that holds the cue speaks.
        if let sub = subject.last(where: {
            t[$0].kind == .word && Self.subordinators.contains(t[$0].hash)
                && ($0 == subject.lowerBound || !t[$0].capitalized)
        }), sub + 1 < subject.upperBound,
            sub == subject.lowerBound
                || isNounPhrase((sub + 1)..<subject.upperBound, allowCommas: false)
                    // "Clinton, after the scandal broke, said": inside an apposition (closed by a
                    // comma before the cue) it is the subject's; ", although history says" opens a clause.
                    && t[found - 1].kind != .comma
                    && !subject.contains(where: {
                        cls($0).contains(.relative) || t[$0].kind == .comma && !(sub == $0 + 1)
                    })
        {
            subject = (sub + 1)..<subject.upperBound
        }
        let cueClass = cls(found)
        var via: [Range<Int>] = []
        // "A Politico story citing unnamed officials said …"
        if let ci = subject.first(where: { t[$0].kind == .word && cls($0).contains(.citing) }), ci > s, ci + 1 < e {
            var head = s..<ci
            while head.count > 1, t[head.upperBound - 1].kind == .comma {
                head = head.lowerBound..<(head.upperBound - 1)
            }
            var cited = (ci + 1)..<e
            while cited.count > 1, t[cited.upperBound - 1].kind == .comma {
                cited = cited.lowerBound..<(cited.upperBound - 1)
            }
            via.append(head)
            subject = cited
        } else if let qi = subject.first(where: { isWord($0, Lexicon.hQuoted) || isWord($0, Lexicon.hCited) }),
            isWord(qi + 1, Lexicon.hBy), qi > s, qi + 2 < e
        {
            via.append((qi + 2)..<e)  // "one of the officials quoted by Politico said"
            subject = s..<qi
        }
        var c = found + 1
        var toldClause = false
        if cueClass.contains(.told) {
            // "X told Y (that) …"; "told Y to …" is an order, not a report.
            var o = c
            while o < t.count, o < c + 7, t[o].kind == .word || t[o].kind == .number, !isWord(o, Lexicon.hThat),
                o == c || cls(o).intersection([.preposition, .temporal]).isEmpty
            { o += 1 }
            guard o > c else { return nil }
            if isWord(o, Lexicon.hTo) { return nil }
            // "told Reuters the ferry will stop …", "told reporters it had no comment": with no
            // "that", the object ends where a clause begins, a determiner or pronoun closely
            // followed by a finite verb.
            if let clause = (c + 1..<o).first(where: { startsClause(at: $0) }) {
                o = clause
                toldClause = true
            } else if cls(c).contains(.audience), c + 1 < o, t[c + 1].kind == .word,
                t[c + 1].capitalized || !cls(c + 1).intersection([.pronoun, .determiner]).isEmpty
            {
                // "told reporters he feels good", "told me his plan works": after a listener
                // named by one word, what follows is what was told.
                o = c + 1
                toldClause = true
            }
            if !cls(c).contains(.audience) { via.insert(c..<o, at: 0) }
            c = o
        }
        // "said Monday the bill …": a bare day after the cue is not content.
        if !cueClass.contains(.told), c + 2 < t.count, t[c].kind == .word, t[c].capitalized,
            cls(c).contains(.temporal), !cls(c).contains(.hedge), t[c + 1].kind == .word, !isWord(c + 1, Lexicon.hThat)
        {
            c += 1
        }
        // Skip "on Monday", "in a statement", up to a nearby "that".
        var look = c
        var thatFound = false
        while look < min(t.count, c + 9), !t[look].inQuote || ignoreQuotes, t[look].kind != .comma || look == c {
            if isWord(look, Lexicon.hThat) {
                c = look + 1
                thatFound = true
                break
            }
            look += 1
        }
        while c < t.count, t[c].kind == .colon || t[c].kind == .comma || t[c].kind == .openQuote { c += 1 }
        let content = c..<max(c, contentEnd)
        // "The commission rejects these accusations": a denial names what it denies in two words.
        let denial = !cueClass.intersection([.deny, .dispute]).isEmpty
        guard wordCount(content) >= (denial ? 2 : 3) else { return nil }
        // "She told Reuters the story of her escape": told something, not that something; "told
        // Reuters, “…”" tells a quotation.
        let quotation = c > 0 && (t[c - 1].kind == .openQuote || t[c].inQuote && !t[found].inQuote)
        if cueClass.contains(.told), !thatFound, !toldClause, !quotation,
            !content.contains(where: { cls($0).contains(.clauseVerb) })
        {
            return nil
        }
        var stance = Stance.asserts
        if cueClass.contains(.deny) { stance = .denies } else if cueClass.contains(.dispute) { stance = .disputes }
        let rule = cueClass.contains(.told) ? "front-told" : (stance == .asserts ? "front-said" : "denial")
        var a = Attribution(
            speaker: subject, cue: found..<(found + 1), content: [content], via: via, rule: rule, stance: stance)
        if stance == .denies { a.content = [stripDeniedObject(content)] }
        if stance == .disputes { a.content = [stripDeniedObject(content, thatOnly: true)] }
        return a
    }

    /// "Trump referred to them as “headaches” and said the cases were …" and "The Department
    /// of Defense released a statement confirming that …": a cue coordinated with another verb,
    /// or a reporting participle, belongs to the name that opens the sentence.
    func coordinatedCue() -> Attribution? {
        guard !classes.isDisjoint(with: [.cue, .deny, .dispute, .reportingParticiple]) else { return nil }
        // "After the first reports, Trump …", "However, the Pentagon …": the subject follows the opening.
        var s0 = 0
        // "Hours later, Trump …": a short opening with a word of time or manner is adverbial too.
        let opening = firstIndex(of: .comma, in: 1..<min(count, 6)).map { c in (0..<c).contains(where: isAdverbial) }
        if t[0].kind == .word, isAdverbial(0) || opening == true {
            if let comma = firstIndex(of: .comma, in: 1..<min(count, 26)) {
                s0 = comma + 1
            } else if !cls(0).contains(.determiner) {
                return nil  // "A spokesman for the port …" opens with its subject
            }
        }
        let e = subjectPrefixEnd(from: s0)
        guard e > s0, e < count, !(e == s0 + 1 && cls(s0).contains(.determiner)) else { return nil }
        // "She went on to attack the plan, saying …": he, she and they are resolved later; "it" and "I" are not.
        if e == s0 + 1,
            !cls(s0).intersection([.firstPerson, .intro, .opener]).isEmpty
                || cls(s0).contains(.pronoun) && !isWord(s0, Lexicon.hHe) && !isWord(s0, Lexicon.hShe)
                    && !isWord(s0, Lexicon.hThey)
        {
            return nil
        }
        var k = e + 1
        let end = contentEnd
        while k + 2 < end {
            defer { k += 1 }
            guard t[k].kind == .word, !t[k].inQuote else { continue }
            var contentStart = -1
            if isWord(k - 1, Lexicon.hAnd), isCue(k, front: true), !cls(k).contains(.told) {
                contentStart = isWord(k + 1, Lexicon.hThat) ? k + 2 : k + 1
            } else if cls(k).contains(.reportingParticiple),
                isWord(k + 1, Lexicon.hThat) || isWord(k, Lexicon.hSaying),
                // "apologise for initially saying that …": another agent's saying.
                !(t[k - 1].kind == .word
                    && (cls(k - 1).contains(.preposition) || ByteText.hasSuffix(p, t[k - 1].start..<t[k - 1].end, "ly")))
            {
                contentStart = isWord(k + 1, Lexicon.hThat) ? k + 2 : k + 1
            } else if isWord(k, Self.hTelling), t[k - 1].kind == .comma, let start = toldContentStart(after: k) {
                contentStart = start  // "…, telling reporters (that) …", "…, telling Reuters, “…”"
            }
            guard contentStart > 0 else { continue }
            let content = contentStart..<end
            guard wordCount(content) >= 3 else { return nil }
            var stance = Stance.asserts
            if cls(k).contains(.deny) || isWord(k, Lexicon.hDenying) {
                stance = .denies
            } else if cls(k).contains(.dispute) {
                stance = .disputes
            }
            return Attribution(
                speaker: s0..<e, cue: k..<(k + 1), content: [content], via: [], rule: "coordinated-cue", stance: stance)
        }
        return nil
    }

    /// "The statement was brief: “The minister has resigned.”" and "Okafor: “We have no money.”":
    /// a quotation after a colon belongs to the subject before it.
    func colonQuote() -> Attribution? {
        guard hasColon else { return nil }
        guard let c = firstIndex(of: .colon, in: 1..<count), c + 2 < count, t[c + 1].kind == .openQuote else {
            return nil
        }
        var e = 0
        while e < c, !(t[e].kind == .word && cls(e).contains(.clauseVerb)) { e += 1 }
        let subject = 0..<e
        if e == c {
            guard wordCount(subject) <= 6, t[0].capitalized else { return nil }  // "Okafor: “…”"
        }
        guard !subject.isEmpty, isNounPhrase(subject, allowCommas: false) else { return nil }
        let content = (c + 2)..<contentEnd
        guard wordCount(content) >= 3 else { return nil }
        return Attribution(speaker: subject, cue: c..<(c + 1), content: [content], via: [], rule: "colon-quote")
    }

    /// The platform a statement was published on: "tweeted" and "in a tweet"
    /// give Twitter, "on Facebook" Facebook. Words inside quotations do not count.
    func channel() -> String? {
        guard classes.contains(.channel) else { return nil }
        for i in 0..<count where t[i].kind == .word && !t[i].inQuote && cls(i).contains(.channel) {
            let h = t[i].hash
            if h == Lexicon.hTweet || h == Lexicon.hTweets || h == Lexicon.hTweeted || h == Lexicon.hTwitter {
                return "Twitter"
            }
            guard t[i].capitalized else { continue }
            return ByteText.string(p, t[i].start..<t[i].end)
        }
        return nil
    }

    /// "denied a report that X" → X; "rejected the claims of X" → X.
    /// With `thatOnly`, only "the claim that X" is cut ("questioned the claim that X").
    func stripDeniedObject(_ r: Range<Int>, thatOnly: Bool = false) -> Range<Int> {
        var i = r.lowerBound
        let limit = min(r.upperBound, i + 5)
        while i < limit {
            if isWord(i, Lexicon.hThat) || !thatOnly && isWord(i, Lexicon.hOf) {
                if i + 1 < r.upperBound, wordCount((i + 1)..<r.upperBound) >= 2 { return (i + 1)..<r.upperBound }
                break
            }
            i += 1
        }
        return r
    }

    /// "one of the officials quoted by Politico" and "X, citing Y" inside a speaker
    /// phrase: the quoted or cited source speaks, the outlet relays.
    func splitRelay(_ a: inout Attribution) {
        let r = a.speaker
        if let qi = r.first(where: { isWord($0, Lexicon.hQuoted) || isWord($0, Lexicon.hCited) }),
            isWord(qi + 1, Lexicon.hBy), qi > r.lowerBound, qi + 2 < r.upperBound
        {
            a.via.insert((qi + 2)..<r.upperBound, at: 0)
            a.speaker = r.lowerBound..<qi
            return
        }
        splitCiting(&a)
    }

    /// "X, citing Y" inside an attribution: the cited Y speaks, X relays.
    func splitCiting(_ a: inout Attribution) {
        let r = a.speaker
        guard let ci = r.first(where: { t[$0].kind == .word && cls($0).contains(.citing) }), ci > r.lowerBound else {
            return
        }
        var head = r.lowerBound..<ci
        while head.count > 1, t[head.upperBound - 1].kind == .comma { head = head.lowerBound..<(head.upperBound - 1) }
        guard ci + 1 < r.upperBound else { return }
        a.via.insert(head, at: 0)
        a.speaker = (ci + 1)..<r.upperBound
    }
}
