/// Attribution in the passive voice: "The claim was rejected by the foreign
/// ministry", "The figure was confirmed by the Pentagon on Monday".
///
/// The agent after "by" made the statement, with the stance its verb gives,
/// just as in the active "The foreign ministry rejected the claim". Only
/// reporting and stance verbs (`agentCue`) make an agent a speaker: "the
/// bridge was built by the army" reports nobody.
extension MentionExtractor.SentenceView {
    /// Adverbs that may stand inside the passive: "was later confirmed by", "were flatly rejected by".
    func isPassiveAdverb(_ i: Int) -> Bool {
        guard t[i].kind == .word, !cls(i).contains(.be) else { return false }
        return cls(i).contains(.between) || ByteText.hasSuffix(p, t[i].start..<t[i].end, "ly")
    }

    /// "X was/has been <verb> by AGENT …": speaker AGENT. The content is X (its
    /// "that …" clause when it has one: "the claim that the port was mined"), or
    /// the whole sentence when X is too short to stand alone ("The figure").
    func passiveAgent() -> Attribution? {
        guard classes.contains(.agentCue), classes.contains(.be), count > 4 else { return nil }
        for k in 1..<(count - 2) {
            guard t[k].kind == .word, !t[k].inQuote, cls(k).contains(.agentCue), isWord(k + 1, Lexicon.hBy) else {
                continue
            }
            // The be-form, across a few adverbs.
            var b = k - 1
            while b > 0, k - b <= 3, isPassiveAdverb(b) { b -= 1 }
            guard t[b].kind == .word, !t[b].inQuote, cls(b).contains(.be) else { continue }
            // "has been", "will be": the auxiliaries belong to the verb, not the subject.
            // "has not been confirmed by investigators" reports nothing they said.
            var subjectEnd = b
            var negated = false
            while subjectEnd > 0, t[subjectEnd - 1].kind == .word {
                let a = subjectEnd - 1
                if isWord(a, Lexicon.hNot) || isWord(a, Self.hNever)
                    || ByteText.hasSuffix(p, t[a].start..<t[a].end, "n't")
                    || ByteText.hasSuffix(p, t[a].start..<t[a].end, "n’t")
                {
                    negated = true
                } else if cls(a).intersection([.clauseVerb, .be]).isEmpty && !isPassiveAdverb(a) {
                    break
                }
                subjectEnd = a
            }
            if negated { continue }
            var s = 0
            if cls(0).contains(.intro) || cls(0).contains(.opener),
                let comma = firstIndex(of: .comma, in: 1..<subjectEnd)
            {
                s = comma + 1  // "On Monday, the figure was confirmed by …"
            }
            guard subjectEnd > s, let agent = agentPhrase(from: k + 2) else { continue }
            let kind = classifySpeaker(agent).1
            guard kind != .unknown else { continue }
            let verb = cls(k)
            var stance = Stance.asserts
            if verb.contains(.deny) { stance = .denies } else if verb.contains(.dispute) { stance = .disputes }
            var subject = s..<subjectEnd
            subject = stripDeniedObject(subject, thatOnly: stance != .denies)
            let content = wordCount(subject) >= 3 ? subject : s..<contentEnd
            return Attribution(
                speaker: agent, cue: k..<(k + 2), content: [content], via: [], rule: "passive-agent", stance: stance)
        }
        return nil
    }

    /// The agent noun phrase after "by" (its kind, from `classifySpeaker`, tells
    /// "by the Pentagon" from "by text message"): up to a comma, a clause, or a
    /// preposition or time that tells when, where or how ("by the Pentagon on
    /// Monday", "by the minister as absurd"); "of" and "for" stay inside it
    /// ("by a spokesman for the port").
    func agentPhrase(from start: Int) -> Range<Int>? {
        guard start < count, t[start].kind == .word, !t[start].inQuote else { return nil }
        var e = start
        while e < count, e < start + 10, t[e].kind == .word || t[e].kind == .number, !t[e].inQuote {
            let c = cls(e)
            if e > start, !t[e].capitalized {
                let inner = isWord(e, Lexicon.hOf) || isWord(e, Self.hFor)
                if !inner, !c.intersection([.preposition, .temporal, .clauseVerb, .that, .relative]).isEmpty { break }
                if isWord(e, Lexicon.hAnd) || isWord(e, Lexicon.hAs) { break }
            }
            if e > start, t[e].capitalized, c.contains(.temporal), !c.contains(.hedge) { break }
            e += 1
        }
        guard e > start, !(e == start + 1 && cls(start).contains(.pronoun)) else { return nil }
        return start..<e
    }

    static let hFor = ByteText.hash("for")
    static let hNever = ByteText.hash("never")
}
