/// An attribution inside a later clause of the sentence: "…, and he says the plant will
/// reopen", "…, where he says he can win", "While she says she will not vote for him, she
/// applauds his message", "although history says there can be upheavals". The subject is a
/// pronoun or a short noun phrase right after a clause boundary, and its cue follows it.
extension MentionExtractor.SentenceView {
    func embeddedCue() -> Attribution? {
        guard !classes.isDisjoint(with: [.cue]), count > 5 else { return nil }
        let end = contentEnd
        var k = 2
        while k + 3 < end {
            defer { k += 1 }
            guard t[k].kind == .word, !t[k].inQuote, isCue(k, front: true), !cls(k).contains(.cueNeedsThat),
                !cls(k).contains(.told)
            else { continue }
            // The subject: one to three words after a boundary.
            var s = k
            while s > 0, k - s < 3, t[s - 1].kind == .word, !t[s - 1].inQuote, !isBoundary(s - 1) { s -= 1 }
            guard s < k, s > 0, isBoundary(s - 1), isNounPhrase(s..<k, allowCommas: false) else { continue }
            let opening = s - 1 == 0 || s - 2 >= 0 && s - 1 == 1 && t[0].kind == .word && isBoundary(0)
            var c = k + 1
            if isWord(c, Lexicon.hThat) { c += 1 }
            // "While she says …, she applauds …": a clause that opens the sentence ends at its comma.
            var e = end
            if opening || Self.subordinators.contains(t[s - 1].hash),
                let comma = (c..<end).first(where: { t[$0].kind == .comma && !t[$0].inQuote })
            {
                e = comma
            }
            let content = c..<e
            guard wordCount(content) >= 3 else { continue }
            return Attribution(speaker: s..<k, cue: k..<(k + 1), content: [content], via: [], rule: "embedded-cue")
        }
        return nil
    }

    /// A token after which a clause may start: a comma, a semicolon, a dash, or a word that
    /// joins or opens clauses ("and", "but", "where", "while", "although", "because", "as").
    func isBoundary(_ i: Int) -> Bool {
        switch t[i].kind {
        case .comma, .semicolon, .dash: return !t[i].inQuote
        case .word:
            return !t[i].inQuote
                && (isWord(i, Lexicon.hAnd) || isWord(i, Self.hBut) || isWord(i, Self.hWhere)
                    || Self.subordinators.contains(t[i].hash))
        default: return false
        }
    }

    static let hWhere = ByteText.hash("where")
}
