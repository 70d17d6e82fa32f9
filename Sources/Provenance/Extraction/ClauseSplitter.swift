/// Cuts a sentence's content into the clauses that state separate things.
///
/// News packs several propositions into one sentence: "There were no
/// casualties at the time, but it has since been revealed that dozens of
/// soldiers were injured" states two facts, and "Politico reported that A,
/// and stated that B" reports two. Matching needs each on its own, since a
/// mention joins the claim its words state (DESIGN.md: one sentence can hold
/// several mentions).
extension MentionExtractor.SentenceView {
    static let hBut = ByteText.hash("but")
    static let hIt = ByteText.hash("it")
    static let hBeen = ByteText.hash("been")
    static let hHas = ByteText.hash("has")
    static let hHad = ByteText.hash("had")
    static let hWas = ByteText.hash("was")
    static let hIs = ByteText.hash("is")
    static let hSince = ByteText.hash("since")
    static let hAlso = ByteText.hash("also")
    static let hAdding = ByteText.hash("adding")
    static let hNow = ByteText.hash("now")
    static let hLater = ByteText.hash("later")
    static let hEmerged = ByteText.hash("emerged")
    static let revealVerbs: Set<UInt64> = Set(
        ["revealed", "reported", "confirmed", "announced", "learned", "disclosed", "established", "found", "known"]
            .map { ByteText.hash($0) })

    /// The content up to a second reported clause: "A, and stated that B" or "A, adding that B" gives A.
    func cutAtSecondReport(_ r: Range<Int>) -> Range<Int> {
        guard r.count > 4 else { return r }
        var i = r.lowerBound + 3
        while i < r.upperBound - 2 {
            defer { i += 1 }
            guard t[i].kind == .comma, !t[i].inQuote || ignoreQuotes else { continue }
            var j = i + 1
            if isWord(j, MentionExtractor.Lexicon.hAnd) { j += 1 }
            if isWord(j, Self.hAlso) { j += 1 }
            guard j + 1 < r.upperBound else { continue }
            let reports = cls(j).contains(.cue) || cls(j).contains(.cueNeedsThat) || isWord(j, Self.hAdding)
            if reports, cls(j + 1).contains(.that) { return r.lowerBound..<i }
            if j > i + 1, secondSpeakerReports(from: j, before: r.upperBound) { return r.lowerBound..<i }
        }
        return r
    }

    /// "A, adding that B", "A, and said that B", "A, saying “B”": the content of a second
    /// statement by the same speaker, which `cutAtSecondReport` cuts off the first.
    /// Returns the comma that ends the first statement and the second one's content.
    func sameSpeakerSecondReport(_ r: Range<Int>) -> (comma: Int, content: Range<Int>)? {
        guard r.count > 4 else { return nil }
        for i in (r.lowerBound + 3)..<max(r.lowerBound + 3, r.upperBound - 3) {
            if let content = secondReport(atComma: i, end: r.upperBound) { return (i, content) }
        }
        return nil
    }

    /// The content of a second statement by the same speaker that opens after the comma at `i`.
    func secondReport(atComma i: Int, end: Int) -> Range<Int>? {
        guard i + 3 < end, t[i].kind == .comma, !t[i].inQuote || ignoreQuotes else { return nil }
        var j = i + 1
        if isWord(j, MentionExtractor.Lexicon.hAnd) { j += 1 }
        if isWord(j, Self.hAlso) { j += 1 }
        guard j + 1 < end, t[j].kind == .word, !t[j].inQuote || ignoreQuotes else { return nil }
        let c = cls(j)
        let verb = j > i + 1 ? c.contains(.cue) : c.contains(.reportingParticiple)
        guard verb, c.intersection([.deny, .dispute]).isEmpty else { return nil }
        var start = j + 1
        if cls(start).contains(.that) {
            start += 1
        } else if t[start].kind == .comma, start + 1 < end, t[start + 1].kind == .openQuote {
            start += 1  // "adding, “…”"
        } else if t[start].kind != .openQuote {
            return nil
        }
        let content = start..<end
        return wordCount(content) >= 3 ? content : nil
    }

    /// "A, and the SA government said it is unaware of B": after ", and", a short run of words
    /// naming someone, then a reporting verb with something after it. The second speaker's
    /// statement is a mention of its own, not part of A.
    private func secondSpeakerReports(from start: Int, before end: Int) -> Bool {
        var k = start
        while k < min(end - 1, start + 6) {
            guard t[k].kind == .word, !t[k].inQuote else { return false }
            if k > start, cls(k).contains(.cue) { return true }
            if cls(k).contains(.that) { return false }
            k += 1
        }
        return false
    }

    /// Own-voice clauses joined by "but", or by ", and" when each side holds a
    /// figure of its own ("raised the number to 34, and then upped it to 50"),
    /// each of at least four words; the whole range when there is no such join.
    func butClauses(_ r: Range<Int>) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var start = r.lowerBound
        var i = r.lowerBound
        while i < r.upperBound {
            if isWord(i, Self.hBut), !t[i].inQuote, wordCount(start..<i) >= 4,
                wordCount((i + 1)..<r.upperBound) >= 4
            {
                var end = i
                if end > start, t[end - 1].kind == .comma { end -= 1 }
                clauses.append(start..<end)
                start = i + 1
            } else if t[i].kind == .comma, !t[i].inQuote, isWord(i + 1, MentionExtractor.Lexicon.hAnd),
                wordCount(start..<i) >= 4, wordCount((i + 2)..<r.upperBound) >= 4, hasNumber(start..<i),
                hasNumber((i + 2)..<r.upperBound)
            {
                clauses.append(start..<i)
                start = i + 2
            }
            i += 1
        }
        clauses.append(start..<r.upperBound)
        return clauses
    }

    func hasNumber(_ r: Range<Int>) -> Bool {
        r.contains { t[$0].kind == .number }
    }

    /// Clauses with a figure of their own inside longer content (DESIGN.md: "…had
    /// increased from 34 to 50"): "VERB from N to M" when shorter than half of
    /// `r`, and ", up N from the M previously reported".
    func figureClauses(_ r: Range<Int>) -> [Range<Int>] {
        guard hasFigureChange else { return [] }
        var out: [Range<Int>] = []
        var i = r.lowerBound + 1
        while i + 3 < r.upperBound {
            defer { i += 1 }
            if isWord(i, Lexicon.hFrom), t[i + 1].kind == .number, isWord(i + 2, MentionExtractor.Lexicon.hTo),
                t[i + 3].kind == .number, t[i - 1].kind == .word, !t[i - 1].capitalized
            {
                var s = i - 1
                while s > r.lowerBound, t[s - 1].kind == .word,
                    !cls(s - 1).intersection([.clauseVerb, .between]).isEmpty
                {
                    s -= 1
                }
                if (i + 4 - s) * 2 < r.count { out.append(s..<(i + 4)) }
            } else if t[i].kind == .comma, isWord(i + 1, Lexicon.hUp) || isWord(i + 1, Lexicon.hDown),
                t[i + 2].kind == .number, isWord(i + 3, Lexicon.hFrom)
            {
                var e = i + 4
                while e < r.upperBound, t[e].kind != .comma, t[e].kind != .semicolon { e += 1 }
                out.append((i + 1)..<e)
            }
        }
        return out
    }

    /// The content before ", up N from M …", whose figures are a clause of their own.
    func cutAtFigureChange(_ r: Range<Int>) -> Range<Int> {
        guard hasFigureChange else { return r }
        var i = r.lowerBound + 3
        while i + 3 < r.upperBound {
            if t[i].kind == .comma, isWord(i + 1, Lexicon.hUp) || isWord(i + 1, Lexicon.hDown),
                t[i + 2].kind == .number,
                isWord(i + 3, Lexicon.hFrom)
            {
                return r.lowerBound..<i
            }
            i += 1
        }
        return r
    }

    static let resultParticiples: Set<UInt64> = Set(
        [
            "causing", "leaving", "killing", "injuring", "wounding", "prompting", "forcing", "sparking",
            "triggering", "raising", "bringing", "pushing", "sending",
        ].map { ByteText.hash($0) })

    /// A clause split before a trailing result participle: "…hit the base, causing
    /// injuries among dozens of troops" states the injuries as a fact of its own.
    /// Each part keeps at least four words.
    func participleClauses(_ r: Range<Int>) -> [Range<Int>] {
        var i = r.lowerBound + 1
        while i < r.upperBound - 1 {
            if t[i].kind == .comma, !t[i].inQuote, t[i + 1].kind == .word,
                Self.resultParticiples.contains(t[i + 1].hash),
                wordCount(r.lowerBound..<i) >= 4, wordCount((i + 1)..<r.upperBound) >= 4
            {
                return [r.lowerBound..<i, (i + 1)..<r.upperBound]
            }
            i += 1
        }
        return [r]
    }

    /// The clause without a leading impersonal frame that names nobody: "it has
    /// (since) been revealed that", "it was reported that", "it emerged that".
    func strippingImpersonalFrame(_ r: Range<Int>) -> Range<Int> {
        var i = r.lowerBound
        guard isWord(i, Self.hIt) else { return r }
        i += 1
        while i < r.upperBound,
            isWord(i, Self.hHas) || isWord(i, Self.hHad) || isWord(i, Self.hWas)
                || isWord(i, Self.hIs) || isWord(i, Self.hSince) || isWord(i, Self.hBeen) || isWord(i, Self.hAlso)
                || isWord(i, Self.hNow) || isWord(i, Self.hLater)
        {
            i += 1
        }
        guard i < r.upperBound, t[i].kind == .word,
            (Self.revealVerbs.contains(t[i].hash) || cls(i).contains(.hedgingFrame)) && i > r.lowerBound + 1
                || isWord(i, Self.hEmerged)
        else { return r }
        i += 1
        guard i < r.upperBound, cls(i).contains(.that), i + 1 < r.upperBound else { return r }
        return (i + 1)..<r.upperBound
    }
}
