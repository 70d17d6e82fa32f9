/// Reads hedges and denial or dispute wording inside a stretch of a sentence.
///
/// Denials and disputes do not corroborate a claim; they make it contested
/// (DESIGN.md), so stance words are read even when no denial verb is the cue:
/// "such baseless claims", "there is no evidence that", "cast doubt".
extension MentionExtractor.SentenceView {
    struct StanceReading {
        var hedged = false
        var stance = Stance.asserts
    }

    func readStance(_ r: Range<Int>) -> StanceReading {
        var out = StanceReading()
        var i = r.lowerBound
        while i < r.upperBound {
            defer { i += 1 }
            let c = t[i].cls
            guard !c.isDisjoint(with: [.hedge, .be, .deny, .dispute, .stanceWord, .untrue]) else {
                // "Minister said to be furious"; an aside ("the ship, said to be the oldest, sank") hedges only itself.
                if c.contains(.passiveCue), i > r.lowerBound, t[i - 1].kind == .word, i + 2 < r.upperBound, isSaidTo(i)
                {
                    out.hedged = true
                }
                continue
            }
            // "These reports are completely false": a statement called untrue is denied.
            if c.contains(.untrue), i > r.lowerBound,
                cls(i - 1).contains(.be)
                    || i > r.lowerBound + 1
                        && cls(i - 2).contains(.be) && t[i - 1].kind == .word
            {
                out.stance = .denies
            }
            if c.contains(.hedge) {
                // "May 5" is a date, not a modal.
                if !(isWord(i, Lexicon.hMay) && t[i].capitalized && i > r.lowerBound) { out.hedged = true }
            }
            if c.contains(.be), i + 2 < r.upperBound, cls(i + 1).contains(.passiveCue), isWord(i + 2, Lexicon.hTo) {
                out.hedged = true  // "is said to", "are believed to"
            }
            if c.contains(.deny), out.stance == .asserts { out.stance = .denies }
            if c.contains(.dispute), out.stance == .asserts { out.stance = .disputes }
            if isWord(i, Lexicon.hBaseless) { out.stance = .denies }
            if isWord(i, Lexicon.hNot), isWord(i + 1, Lexicon.hTrue) { out.stance = .denies }
            if isWord(i, Lexicon.hNo), isWord(i + 1, Lexicon.hEvidence) { out.stance = .disputes }
            if isWord(i, Lexicon.hNot), isWord(i + 1, Lexicon.hSufficient) { out.stance = .disputes }
            if (isWord(i, Lexicon.hCast) || isWord(i, Lexicon.hCasting)), isWord(i + 1, Lexicon.hDoubt) {
                out.stance = .disputes
            }
            if isWord(i, Lexicon.hDespite), i + 2 < r.upperBound,
                cls(i + 2).contains(.cue) || cls(i + 2).contains(.document)
                    || cls(i + 1).contains(.cue)
            {
                out.stance = .disputes  // "Despite initial claims that …"
            }
        }
        return out
    }

    /// "there was no …", "there were no …" at the start of reported content.
    func startsWithThereNo(_ r: Range<Int>) -> Bool {
        let s = r.lowerBound
        guard r.count > 3, isWord(s, Lexicon.hThere) else { return false }
        if cls(s + 1).contains(.be) && isWord(s + 2, Lexicon.hNo) { return true }
        // "there had been no", "there have been no"
        return r.count > 4 && cls(s + 1).contains(.clauseVerb) && cls(s + 2).contains(.be) && isWord(s + 3, Lexicon.hNo)
    }
}
