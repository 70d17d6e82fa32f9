/// Bare figures: "the number had risen to 64", "The update brings the total to 64", "64 had
/// been injured". News states a count update with almost no words of its own; what it counts is
/// said elsewhere in the article, usually in the headline. Such a mention cannot be matched on
/// its own words, so it borrows the headline's (never its figures): the article is about one
/// thing, and the figure alone says which count of it.
extension ClaimSignature {
    /// Words that say a count changed or what a count is, not what it counts.
    static let countWords: Set<String> = Set(
        [
            "rise", "risen", "rose", "raise", "raised", "raises", "increase", "increased", "increases", "up", "upped",
            "bring", "brings", "brought", "update", "updated", "climb", "climbed", "reach", "reached", "stand",
            "stands", "stood", "top", "topped", "jump", "jumped", "grow", "grew", "swell", "swelled", "hit", "tally",
            "count", "toll", "figure", "figures", "tops",
        ].map { normalise($0) })

    /// Whether the mention has a figure and at most one word that says what it counts (before
    /// ``inContext(of:)`` widens it; ``borrowsContext`` says so after).
    public var isBareFigure: Bool {
        guard !figures.isEmpty else { return false }
        return tokens.lazy.filter { !Self.countWords.contains($0) && $0 != "not" && $0 != Self.statementMarker }
            .count <= 1
    }

    /// This signature with the content words of `headline` added when it is a bare figure;
    /// itself otherwise.
    public func inContext(of headline: ClaimSignature?) -> ClaimSignature {
        guard isBareFigure, let headline, !headline.tokens.isEmpty else { return self }
        var widened = self
        let own = Set(tokens)
        let borrowed = headline.tokens.filter { !own.contains($0) && $0 != "not" && $0 != Self.statementMarker }
        widened.tokens = (tokens + borrowed).sorted()
        widened.borrowsContext = true
        return widened
    }
}
