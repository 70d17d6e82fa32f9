/// Which claims a report shows and how much of each. Every condition set must hold.
public struct ReportScope: Sendable, Hashable {
    /// Only these claims; nil for every claim worth attention. With ids, a claim that fits
    /// no section (a single-origin claim, say) is still shown, under "Other selected claims".
    public var claimIDs: [Int64]?
    /// Only claims seen in at least this many articles. Unset, the circular and contested
    /// sections take every claim and the corroborated one needs two articles.
    public var minArticles: Int?
    /// Only claims first seen on or after this ISO 8601 date ("2025-03-05").
    public var since: String?
    /// Evidence sentences shown per claim; denials and disputes are shown first when not all fit.
    public var evidencePerClaim: Int
    /// Articles drawn per origin in the spread picture; the rest are counted in one box.
    public var spreadArticlesPerOrigin: Int

    public init(
        claimIDs: [Int64]? = nil, minArticles: Int? = nil, since: String? = nil, evidencePerClaim: Int = 8,
        spreadArticlesPerOrigin: Int = 30
    ) {
        self.claimIDs = claimIDs
        self.minArticles = minArticles
        self.since = since
        self.evidencePerClaim = evidencePerClaim
        self.spreadArticlesPerOrigin = spreadArticlesPerOrigin
    }

    /// The conditions every section shares.
    var baseFilter: ClaimFilter {
        ClaimFilter(minArticles: minArticles, ids: claimIDs, since: since)
    }

    /// The narrowing in words, for the report's reader; empty when nothing narrows it.
    var description: [String] {
        var words: [String] = []
        if let claimIDs { words.append("claims " + claimIDs.map(String.init).joined(separator: ", ")) }
        if let minArticles { words.append("seen in at least " + Wording.counted(minArticles, "article")) }
        if let since { words.append("first seen on or after \(since)") }
        return words
    }
}
