/// A figure reported "in" a poll: "Clinton led by 24 points in a CNN poll", "In the latest
/// YouGov survey, 71 percent approved". The poll is the source of the figure, as "a poll found"
/// would make it; without a figure the phrase is only a setting ("she spoke in a poll worker's
/// booth").
extension MentionExtractor.SentenceView {
    func pollPhrase() -> Attribution? {
        guard classes.contains(.document), count > 5 else { return nil }
        var hasFigure = false
        for i in 0..<count where t[i].kind == .number && !t[i].inQuote { hasFigure = true; break }
        guard hasFigure else { return nil }
        for i in 0..<(count - 2) where isWord(i, Lexicon.hIn) && !t[i].inQuote {
            var e = i + 1
            while e < min(count, i + 9), t[e].kind == .word || t[e].kind == .number, !t[e].inQuote {
                // "a poll booth": the poll word must end the phrase.
                if Self.pollHeads.contains(t[e].hash),
                    e + 1 >= count || t[e + 1].kind != .word
                        || !cls(e + 1).intersection([.preposition, .relative, .that, .participle, .cue]).isEmpty
                {
                    e += 1
                    let speaker = (i + 1)..<e
                    var content: [Range<Int>] = []
                    var before = i
                    while before > 0, t[before - 1].kind == .comma { before -= 1 }
                    if wordCount(0..<before) >= 3 { content.append(contentStart(0)..<before) }
                    var after = e
                    while after < count, t[after].kind == .comma { after += 1 }
                    if wordCount(after..<contentEnd) >= 3 { content.append(after..<contentEnd) }
                    guard !content.isEmpty else { return nil }
                    var a = Attribution(speaker: speaker, cue: i..<(i + 1), content: content, via: [], rule: "poll")
                    a.kindOverride = .document
                    return a
                }
                // The phrase ends at a word that cannot belong to it.
                if !t[e].capitalized, t[e].kind == .word,
                    !cls(e).intersection([.clauseVerb, .preposition, .relative, .that]).isEmpty
                {
                    break
                }
                e += 1
            }
        }
        return nil
    }

    static let pollHeads: Set<UInt64> = Set(["poll", "polls", "survey", "surveys"].map { ByteText.hash($0) })
}
