/// Decides whether a sentence can carry a mention at all.
///
/// DESIGN.md: questions, section headings, captions, bylines, share boxes and
/// "related stories" lists are not mentions. Importers drop most furniture;
/// these checks catch what is left inside the analysed regions.
extension MentionExtractor.SentenceView {
    enum Verdict { case skip, attributedOnly, any }

    /// - Parameter headline: the sentence is the article's headline line.
    /// - Parameter wholeRegion: the sentence is the whole region (a line on its own).
    func verdict(headline: Bool, wholeRegion: Bool) -> Verdict {
        var words = 0
        var lowercase = 0
        var allCaps = true
        for tok in t where tok.isWord {
            words += 1
            if ByteText.isLower(p[tok.start]) { lowercase += 1 }
            if allCaps {
                for b in tok.start..<tok.end where ByteText.isLower(p[b]) { allCaps = false; break }
            }
        }
        guard words >= 3, let last = t.last else { return .skip }
        if allCaps && words >= 3 && !headline { return .skip }
        // Questions.
        var e = t.count - 1
        while e > 0, t[e].kind == .closeQuote { e -= 1 }
        if t[e].kind == .terminal, p[t[e].start] == 0x3F { return .skip }
        if quotedQuestion || writersOpinion { return .skip }
        if t[0].kind == .word, cls(0).contains(.furniture), words < 15 { return .skip }
        // Bylines: "By John Smith".
        if t[0].kind == .word, isWord(0, Lexicon.hBy), t[0].capitalized, words <= 8, last.kind != .terminal {
            return .skip
        }
        let terminated = t[e].kind == .terminal || last.kind == .closeQuote
        if !terminated && !headline {
            // A line without a final mark: a heading or caption unless it reads as running text.
            if words < 8 || lowercase * 2 < words { return .skip }
        }
        if headline && words < 4 { return .skip }
        return words >= 5 ? .any : .attributedOnly
    }

    /// "“Who will pay for the repairs?” asked Okafor.": the quotation is a question.
    var quotedQuestion: Bool {
        guard t[0].kind == .openQuote || t[0].inQuote else { return false }
        guard let close = t.firstIndex(where: { $0.kind == .closeQuote }), close > 0 else { return false }
        return t[close - 1].kind == .terminal && p[t[close - 1].start] == 0x3F
    }

    /// "I think …", "We believe …", "In my view, …": the writer's own opinion,
    /// outside any quotation, is not a checkable claim.
    var writersOpinion: Bool {
        guard t[0].kind == .word, !t[0].inQuote else { return false }
        if cls(0).contains(.firstPerson) { return true }
        return isWord(0, Lexicon.hIn) && t.count > 2 && cls(1).contains(.firstPerson)
    }
}
