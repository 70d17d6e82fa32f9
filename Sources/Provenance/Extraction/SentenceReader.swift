/// Turns one tokenised sentence into drafts: the attributed mention (and the
/// denial event it may imply), or an own-voice mention.
extension MentionExtractor.ArticleRun {
    typealias Draft = MentionExtractor.Draft

    mutating func readSentence(_ s: Range<Int>, region: Int, headline: Bool, wholeRegion: Bool) {
        let before = drafts.count
        readDrafts(s, region: region, headline: headline, wholeRegion: wholeRegion)
        resolvePronouns(from: before)
        noteNamedPeople(from: before)
        noteGenderedPronoun()
        sentenceCount += 1
    }

    mutating func readDrafts(_ s: Range<Int>, region: Int, headline: Bool, wholeRegion: Bool) {
        guard !tokens.isEmpty else { return }
        stripDateline()
        guard !tokens.isEmpty else { return }
        let v = MentionExtractor.SentenceView(t: tokens, p: p, summary: summary)
        let quoteBefore = drafts.last.map { $0.pureQuote && $0.region == region && $0.mention.speaker == nil } ?? false
        if quoteBefore, tokens[0].kind == .dash, let d = v.dashSpeaker(from: 0, to: v.contentEnd) {
            // "“We will rebuild the pier.” — Mayor Ines Calder"
            attributeLastQuote(v, speaker: d, cue: 0..<1, rule: "dash")
            return
        }
        let verdict = v.verdict(headline: headline, wholeRegion: wholeRegion)
        if verdict == .skip { return }
        noteReportedBy(v, region: region)
        // A scoop is credited to an outlet by name: sentences naming none are not read for one.
        if scoop == nil, !summary.classes.isDisjoint(with: [.outlet, .outletSuffix]) { noteScoop(v) }
        if quoteBefore, let only = v.tail(0..<v.contentEnd) {
            // "“… magnitude!” Mr Trump tweeted on Monday." split after the quote: the
            // attribution-only sentence gives the quotation its speaker.
            attributeLastQuote(v, speaker: only.speaker, cue: only.cue, rule: "quote-paragraph")
            return
        }
        var att: MentionExtractor.Attribution? =
            headline ? v.colonHeadline() : wholeRegion && v.hasColon ? v.colonLine() : nil
        if att == nil {
            att =
                v.frontAccordingTo() ?? v.frontCiting() ?? v.inverted() ?? v.midAccordingTo() ?? v.front()
                ?? v.colonQuote() ?? v.coordinatedCue() ?? v.passiveAgent() ?? v.pollPhrase()
                ?? v.embeddedCue()
        }
        let whole = trimmedSpan(v, 0..<v.count)
        let wholeReading = v.readStance(0..<v.count)
        guard var a = att else {
            guard verdict == .any else { return }
            let pureQuote = tokens[0].inQuote || tokens[0].kind == .openQuote
            let clauses = pureQuote ? [0..<v.count] : v.butClauses(0..<v.contentEnd).flatMap(v.participleClauses)
            for clause in clauses {
                // "The government should resign": a recommendation in the article's voice is opinion.
                if !pureQuote, v.classes.contains(.recommend),
                    clause.contains(where: { tokens[$0].cls.contains(.recommend) && !tokens[$0].inQuote })
                {
                    continue
                }
                let framed = v.strippingImpersonalFrame(clause)
                let cut = v.cutAtFigureChange(framed)
                let span = clauses.count == 1 && cut == clause ? whole : trimmedSpan(v, cut)
                guard !span.isEmpty else { continue }
                var reading = clauses.count == 1 ? wholeReading : v.readStance(framed)
                // "It was reported that …", "It is understood that …": nobody named vouches for it.
                if (clause.lowerBound..<framed.lowerBound).contains(where: { tokens[$0].cls.contains(.hedgingFrame) }) {
                    reading.hedged = true
                }
                let m = ExtractedMention(
                    span: span, content: string(span), stance: reading.stance, hedged: reading.hedged,
                    rule: "own-voice")
                drafts.append(
                    Draft(
                        mention: m, region: region, pureQuote: pureQuote, quotedContent: false, viaKinds: [],
                        speakerIsDefiniteReport: false))
                for f in v.figureClauses(framed) {
                    var sub = m
                    sub.span = trimmedSpan(v, f)
                    sub.content = string(sub.span)
                    sub.rule = "figure-clause"
                    drafts.append(
                        Draft(
                            mention: sub, region: region, pureQuote: false, quotedContent: false, viaKinds: [],
                            speakerIsDefiniteReport: false))
                }
            }
            return
        }
        v.splitRelay(&a)
        var (speakerRange, kind) = a.kindOverride.map { (a.speaker, $0) } ?? v.classifySpeaker(a.speaker)
        // A relayed statement: "X, a Politico report said", "Politico reports that Y, according to Z".
        if kind == .outlet || kind == .document, a.content.count == 1 {
            let cr = a.content[0]
            var quoted = v
            quoted.ignoreQuotes = tokens[cr.lowerBound].inQuote
            var inner = quoted.front(from: cr.lowerBound)
            if inner == nil || !(inner!.speaker.lowerBound >= cr.lowerBound && inner!.cue.upperBound <= cr.upperBound) {
                inner = v.midAccordingTo()
            }
            if var inner, inner.speaker.lowerBound >= cr.lowerBound, inner.cue.upperBound <= cr.upperBound,
                inner.speaker.upperBound <= cr.upperBound, let ic = inner.content.first, ic.lowerBound < cr.upperBound
            {
                v.splitRelay(&inner)
                let innerKind = v.classifySpeaker(inner.speaker).1
                let narrowed = ic.lowerBound..<min(ic.upperBound, cr.upperBound)
                if innerKind == .outlet && kind == .document {
                    // "Politico reports that …, according to a US intelligence report": the report speaks.
                    a.via = [inner.speaker] + a.via
                    a.content = [narrowed]
                } else if kind == .document && innerKind == .document {
                    a.content = [narrowed]
                } else {
                    var via = inner.via
                    if kind == .outlet { via.append(a.speaker) }
                    via.append(contentsOf: a.via.filter { v.isOutletLike($0) })
                    a = MentionExtractor.Attribution(
                        speaker: inner.speaker, cue: inner.cue, content: [narrowed], via: via, rule: inner.rule,
                        stance: inner.stance)
                }
                (speakerRange, kind) = v.classifySpeaker(a.speaker)
            }
        }
        var viaNames: [String] = []
        var viaKinds: [SourceKind] = []
        for r in a.via {
            let (vr, vk) = v.classifySpeaker(r)
            guard !vr.isEmpty else { continue }
            // Only news organisations relay: "told Politico" is via, "told a colleague" is not.
            let reference = vr.contains { v.cls($0).contains(.outletReference) }
            guard vk == .outlet || vk == .document || reference else { continue }
            viaNames.append(string(tokenSpan(v, vr)))
            viaKinds.append(reference && vk != .outlet ? .unknown : vk)
        }
        if let channel = v.channel(), !viaNames.contains(channel) {
            viaNames.insert(channel, at: 0)  // "tweeted", "on Facebook": nearest the statement
            viaKinds.insert(.organization, at: 0)
        }
        // "…, she said, adding that the port will reopen": the same speaker's second statement.
        var secondReports: [Range<Int>] = a.followUp.map { [$0] } ?? []
        for (n, part) in a.content.enumerated() {
            guard let second = v.sameSpeakerSecondReport(part) else { continue }
            secondReports.append(second.content)
            a.content[n] = part.lowerBound..<second.comma
        }
        a.content = a.content.map { v.cutAtSecondReport($0) }
        var figureParts: [Range<Int>] = []
        if v.hasFigureChange {
            figureParts = a.content.flatMap { v.figureClauses($0) }
            a.content = a.content.map { v.cutAtFigureChange($0) }
        }
        let parts = a.content.map { trimmedSpan(v, $0) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return }
        let span = parts.count == 1 ? parts[0] : whole
        let content = parts.map { string($0) }.joined(separator: " ")
        var stance = a.stance
        let contentReading = a.content.reduce(into: MentionExtractor.SentenceView.StanceReading()) { acc, r in
            let x = v.readStance(r)
            if acc.stance == .asserts { acc.stance = x.stance }
            acc.hedged = acc.hedged || x.hedged
        }
        if stance == .asserts { stance = contentReading.stance }
        if stance == .asserts, a.cue.upperBound < a.content[0].lowerBound {
            // "has said it had found no evidence that …"
            let between = v.readStance(a.cue.upperBound..<a.content[0].lowerBound).stance
            if between != .asserts { stance = between }
        }
        if stance == .asserts, a.content.count == 1, v.startsWithThereNo(a.content[0]), a.rule != "colon-headline" {
            stance = .denies
        }
        let sSpan = tokenSpan(v, speakerRange)
        let cueSpan = tokenSpan(v, a.cue)
        let speakerName = a.speakerOverride ?? string(sSpan)
        let first = a.content[0].lowerBound
        let quoted = first < v.count && (tokens[first].inQuote || (first > 0 && tokens[first - 1].kind == .openQuote))
        let definite =
            kind == .document && speakerRange.count == 2
            && v.isWord(speakerRange.lowerBound, MentionExtractor.Lexicon.hThe)
        func add(_ span: Range<Int>, _ content: String, _ stance: Stance, _ rule: String) {
            let m = ExtractedMention(
                span: span, content: content, speaker: speakerName, speakerSpan: sSpan, speakerKind: kind,
                via: viaNames, stance: stance, hedged: wholeReading.hedged, cue: string(cueSpan), cueSpan: cueSpan,
                rule: rule)
            drafts.append(
                Draft(
                    mention: m, region: region, pureQuote: false, quotedContent: quoted, viaKinds: viaKinds,
                    speakerIsDefiniteReport: definite))
        }
        if stance == .denies {
            add(span, content, .denies, a.rule == "denial" ? "denial" : a.rule)
            // "The claim was rejected by the ministry": the denial is the whole sentence already.
            if span != whole { add(whole, string(whole), .asserts, "denial-event") }
        } else {
            add(span, content, stance, a.rule)
            for f in figureParts {
                let fs = trimmedSpan(v, f)
                add(fs, string(fs), stance, "figure-clause")
            }
            if stance == .asserts, wholeReading.stance == .disputes, span != whole {
                add(whole, string(whole), .disputes, "dispute")
            }
        }
        for second in secondReports {
            let ss = trimmedSpan(v, second)
            guard !ss.isEmpty, ss != span else { continue }
            add(ss, string(ss), v.readStance(second).stance, "second-report")
        }
        // "Police arrested the man and said …", "Experts classified it as a carcinogen — but the
        // FDA says …": the clause before is the article's own statement.
        var ownPart: Range<Int>? = nil
        if a.rule == "coordinated-cue", v.isWord(a.cue.lowerBound - 1, MentionExtractor.Lexicon.hAnd) {
            ownPart = a.speaker.lowerBound..<(a.cue.lowerBound - 1)
        } else if a.rule == "embedded-cue", a.speaker.lowerBound > 1, a.content[0].upperBound == v.contentEnd {
            ownPart = 0..<(a.speaker.lowerBound - 1)
        }
        if let first = ownPart {
            let fs = trimmedSpan(v, first)
            if v.wordCount(first) >= 4, !fs.isEmpty {
                let reading = v.readStance(first)
                let m = ExtractedMention(
                    span: fs, content: string(fs), stance: reading.stance, hedged: reading.hedged, rule: "own-voice")
                drafts.append(
                    Draft(
                        mention: m, region: region, pureQuote: false, quotedContent: false, viaKinds: [],
                        speakerIsDefiniteReport: false))
            }
        }
    }

    /// Gives the pure quotation read just before its speaker, from an
    /// attribution that stands on its own ("” — Mayor Ines Calder", "” Mr Trump tweeted.").
    mutating func attributeLastQuote(
        _ v: MentionExtractor.SentenceView, speaker: Range<Int>, cue: Range<Int>, rule: String
    ) {
        let (sr, kind) = v.classifySpeaker(speaker)
        let sSpan = tokenSpan(v, sr)
        let cueSpan = tokenSpan(v, cue)
        let last = drafts.count - 1
        drafts[last].mention.speaker = string(sSpan)
        drafts[last].mention.speakerSpan = sSpan
        drafts[last].mention.speakerKind = kind
        drafts[last].mention.cue = string(cueSpan)
        drafts[last].mention.cueSpan = cueSpan
        drafts[last].mention.rule = rule
        drafts[last].quotedContent = true
        if let channel = v.channel() {
            drafts[last].mention.via = [channel]
            drafts[last].viaKinds = [.organization]
        }
    }

    /// Drops a dateline ("WASHINGTON (AP) —", "ERBIL, Kurdistan Region –") from the
    /// tokens, remembering a wire service named in it.
    mutating func stripDateline() {
        let limit = min(tokens.count, 12)
        var dash = -1
        var caps = false
        var paren = false
        for i in 0..<limit {
            let tok = tokens[i]
            if tok.inQuote { return }
            if tok.kind == .dash { dash = i; break }
            if tok.kind == .openParen { paren = true }
            if tok.kind == .word {
                if !tok.capitalized && !paren { return }
                var upper = tok.end - tok.start >= 2
                for b in tok.start..<tok.end where MentionExtractor.ByteText.isLower(p[b]) { upper = false; break }
                if upper { caps = true }
            }
        }
        // "Durban - The agency said …": a capitalised place name alone before a dash.
        let placeOnly =
            dash > 0 && dash <= 2 && (0..<dash).allSatisfy { tokens[$0].kind == .word && tokens[$0].capitalized }
        guard dash > 0, caps || paren || placeOnly, dash + 3 < tokens.count else { return }
        let v = MentionExtractor.SentenceView(t: tokens, p: p)
        if paren, let o = v.outletRun(in: 0..<dash), v.classifySpeaker(o).1 == .outlet, wire == nil {
            wire = string(tokenSpan(v, o))
        }
        tokens.removeFirst(dash + 1)
    }

    /// "Politico first broke this story", "Reuters was first to report that…", "first reported
    /// by Politico": the article names the outlet whose report the others followed.
    mutating func noteScoop(_ v: MentionExtractor.SentenceView) {
        var i = 0
        while i + 1 < v.count {
            defer { i += 1 }
            guard !tokens[i].inQuote else { continue }
            if v.isWord(i, MentionExtractor.Lexicon.hFirst), v.isWord(i + 1, MentionExtractor.Lexicon.hReported),
                v.isWord(i + 2, MentionExtractor.Lexicon.hBy), let o = v.outletRun(in: (i + 3)..<min(v.count, i + 9))
            {
                scoop = string(tokenSpan(v, o))  // "first reported by Politico"
                return
            }
            // "Politico first broke", "Politico broke the story", "Reuters was (the) first to report".
            var end = i
            if v.isWord(i, Self.hBroke) {
                if end > 0, v.isWord(end - 1, MentionExtractor.Lexicon.hFirst) { end -= 1 }
            } else if v.isWord(i, MentionExtractor.Lexicon.hFirst), v.isWord(i + 1, MentionExtractor.Lexicon.hTo),
                v.isWord(i + 2, Self.hReport)
            {
                if end > 0, v.isWord(end - 1, MentionExtractor.Lexicon.hThe) { end -= 1 }
                guard end > 0, v.isWord(end - 1, MentionExtractor.SentenceView.hWas) else { continue }
                end -= 1
            } else {
                continue
            }
            if let o = v.outletRun(in: max(0, end - 6)..<end), o.upperBound == end {
                scoop = string(tokenSpan(v, o))
                return
            }
        }
    }

    static let hBroke = MentionExtractor.ByteText.hash("broke")
    static let hReport = MentionExtractor.ByteText.hash("report")

    /// "first reported by Politico", "was reported by Reuters": the article credits an outlet.
    mutating func noteReportedBy(_ v: MentionExtractor.SentenceView, region: Int) {
        guard region < 6 else { return }
        var i = 0
        while i + 2 < v.count {
            if v.isWord(i, MentionExtractor.Lexicon.hReported), v.isWord(i + 1, MentionExtractor.Lexicon.hBy),
                !tokens[i].inQuote,
                let o = v.outletRun(in: (i + 2)..<min(v.count, i + 8))
            {
                creditCandidates.append((string(tokenSpan(v, o)), region))
            }
            i += 1
        }
    }

    func tokenSpan(_ v: MentionExtractor.SentenceView, _ r: Range<Int>) -> Range<Int> {
        guard !r.isEmpty else { return 0..<0 }
        return tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end
    }

    /// The byte span of tokens `r` without leading opening quotes or dashes
    /// and trailing punctuation or closing quotes.
    func trimmedSpan(_ v: MentionExtractor.SentenceView, _ r: Range<Int>) -> Range<Int> {
        var s = r.lowerBound
        var e = r.upperBound
        while s < e,
            tokens[s].kind == .openQuote || tokens[s].kind == .dash || tokens[s].kind == .comma
                || tokens[s].kind == .colon
        { s += 1 }
        while e > s {
            let k = tokens[e - 1].kind
            if k == .terminal || k == .comma || k == .closeQuote || k == .dash || k == .colon || k == .semicolon
                || k == .openQuote
            {
                e -= 1
            } else {
                break
            }
        }
        guard e > s else { return 0..<0 }
        return tokens[s].start..<tokens[e - 1].end
    }

    func string(_ r: Range<Int>) -> String {
        MentionExtractor.ByteText.string(p, r)
    }
}

extension MentionExtractor.SentenceView {
    /// Headline forms "Claim: Speaker" and "Speaker: Claim".
    func colonHeadline() -> Attribution? {
        guard count > 3, let c = firstIndex(of: .colon, in: 1..<count) else { return nil }
        let after = (c + 1)..<contentEnd
        let before = 0..<c
        func nameLike(_ r: Range<Int>, _ maxWords: Int) -> Bool {
            let n = wordCount(r)
            guard n >= 1, n <= maxWords, let f = r.first, t[f].capitalized else { return false }
            for i in r where t[i].kind != .word || cls(i).contains(.clauseVerb) || t[i].inQuote { return false }
            return true
        }
        if nameLike(after, 4), wordCount(before) >= 3 {
            return Attribution(speaker: after, cue: c..<(c + 1), content: [before], via: [], rule: "colon-headline")
        }
        if nameLike(before, 3), wordCount(after) >= 4 {
            return Attribution(speaker: before, cue: c..<(c + 1), content: [after], via: [], rule: "colon-headline")
        }
        return nil
    }

    /// "Reid: Never underestimate the challenger." on a line of its own (a second headline, a
    /// transcript's turn): the name before the colon speaks, unless it is a label ("Update:",
    /// "Note:", "Watch:").
    func colonLine() -> Attribution? {
        guard count > 3, let c = firstIndex(of: .colon, in: 1..<min(count, 5)) else { return nil }
        let before = 0..<c
        guard wordCount(before) <= 3, t[0].kind == .word, t[0].capitalized,
            !before.contains(where: { t[$0].kind != .word || t[$0].inQuote || !t[$0].capitalized }),
            !before.contains(where: {
                Self.lineLabels.contains(t[$0].hash)
                    || !cls($0).intersection([.clauseVerb, .furniture, .intro, .opener, .temporal]).isEmpty
            })
        else { return nil }
        // "LONDON:", "STORY:": a dateline or a label in capitals.
        guard !before.allSatisfy({ ByteText.isUpper(p[t[$0].end - 1]) }) else { return nil }
        let after = (c + 1)..<contentEnd
        guard wordCount(after) >= 4 else { return nil }
        return Attribution(speaker: before, cue: c..<(c + 1), content: [after], via: [], rule: "colon-line")
    }

    /// Words that label a line rather than name who speaks in it.
    static let lineLabels: Set<UInt64> = Set(
        [
            "update", "updated", "note", "correction", "editor's", "photo", "video", "watch", "warning", "disclaimer",
            "source", "breaking", "exclusive", "live", "opinion", "analysis", "summary", "background", "context",
            "why", "what", "how", "who", "where", "which", "listen", "see", "more", "tags", "topics", "filed",
            "posted", "published", "credit", "caption", "image", "getty", "file", "bottom", "line", "takeaway",
            "first", "second", "third", "step", "question", "answer", "fact", "facts", "pros", "cons", "verdict",
        ].map { ByteText.hash($0) })
}
