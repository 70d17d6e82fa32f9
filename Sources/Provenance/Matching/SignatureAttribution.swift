/// Cuts the attribution out of a mention before its words are compared.
///
/// Extraction removes most attribution phrases, but not all, and a sentence passed whole still
/// carries "…, the US news magazine Politico reported on Sunday" or "A US government official
/// told Politico that…". Those words name the speaker, not the claim, and they differ between
/// two reports of the same claim, so they would only lower its similarity. Three cheap,
/// general patterns are cut: a leading "X said/reported/told Y (that)" or "According to X,";
/// trailing clauses after a comma that hold a reporting verb; and a trailing "according to X".
enum SignatureAttribution {
    /// Verbs that introduce reported speech.
    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "reported", "reports", "according", "believe", "believes",
        "confirmed", "confirms", "announced", "acknowledged", "claimed", "claims", "added", "stated", "citing",
        "revealed", "tweeted", "wrote", "quoted", "cited", "warned", "insisted", "explained",
    ]

    /// The words that remain once attribution is cut (all of them when nothing is cut, or when
    /// cutting would leave fewer than three words).
    static func content(_ words: [RawWord]) -> [RawWord] {
        var end = words.count
        // Trailing clauses: ", the official said.", ", according to X", ", citing Y".
        // The clause must end with its verb ("…, the official said on Monday") or open with
        // "according"/"citing"; "…, the military said 11 troops were hurt" is content.
        while end > 0, let pause = words[..<(end - 1)].lastIndex(where: \.isFollowedByPause), end - pause - 1 <= 9,
            pause >= 3,
            ["according", "citing"].contains(words[pause + 1].text)
                || words[max(pause + 1, end - 4)..<end].contains(where: { reportingVerbs.contains($0.text) })
        {
            end = pause + 1
        }
        // A trailing "according to X" without a comma.
        if let according = words[..<end].lastIndex(where: { $0.text == "according" }), according >= 3,
            end - according <= 9
        {
            end = according
        }
        var start = 0
        // A leading attribution: "X said (that)", "X told Y that", "According to X, …".
        if let verb = words[..<min(end, 7)].firstIndex(where: { reportingVerbs.contains($0.text) }),
            !words[..<verb].contains(where: { $0.kind == .number || $0.text == "not" || $0.text == "no" })
        {
            if words[verb].text == "according" {
                if let pause = words[verb..<end].firstIndex(where: \.isFollowedByPause), pause - verb <= 9 {
                    start = pause + 1
                }
            } else {
                start = verb + 1
                if words[verb].text == "told" || words[verb].text == "tells" {
                    while start < end, words[start].isCapitalised || words[start].text == "the" { start += 1 }
                }
                if start < end, words[start].text == "that" { start += 1 }
            }
        }
        guard end - start >= 3 else { return words }
        return Array(words[start..<end])
    }
}
