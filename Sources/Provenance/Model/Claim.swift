/// A proposition that several mentions share, with its corroboration.
public struct Claim: Sendable, Hashable, Codable {
    public var id: Int64
    /// Canonical wording.
    public var text: String
    public var articleCount: Int
    public var mentionCount: Int
    /// Distinct origins of the asserting mentions after re-reporting is collapsed.
    public var originCount: Int
    /// Asserted in two or more articles, yet every asserting mention traces to one origin.
    public var circular: Bool
    /// Some mention denies or disputes it.
    public var contested: Bool
    /// No mention attributes it to anyone (DESIGN.md rule 6).
    public var unsourced: Bool
    /// Admiralty information credibility, 1 (confirmed by other sources) to 6 (cannot be judged).
    public var credibility: Int?
    /// Earliest publication date among its articles.
    public var firstSeen: String?
    /// The best Admiralty reliability (A–F) an analyst gave one of its origins; nil when none is
    /// graded. With ``credibility`` it makes the grade, e.g. "B2" (``ReportGrade``).
    public var reliability: String?

    public init(
        id: Int64, text: String, articleCount: Int, mentionCount: Int, originCount: Int, circular: Bool,
        contested: Bool, unsourced: Bool, credibility: Int?, firstSeen: String?, reliability: String? = nil
    ) {
        self.id = id
        self.text = text
        self.articleCount = articleCount
        self.mentionCount = mentionCount
        self.originCount = originCount
        self.circular = circular
        self.contested = contested
        self.unsourced = unsourced
        self.credibility = credibility
        self.firstSeen = firstSeen
        self.reliability = reliability
    }
}

/// One independent origin of a claim and the mentions traced to it.
public struct ClaimOrigin: Sendable, Hashable, Codable {
    public var name: String
    public var sourceID: Int64?
    public var firstPublished: String?
    public var mentionIDs: [Int64]

    public init(name: String, sourceID: Int64?, firstPublished: String?, mentionIDs: [Int64]) {
        self.name = name
        self.sourceID = sourceID
        self.firstPublished = firstPublished
        self.mentionIDs = mentionIDs
    }
}

/// A claim with everything behind it: origins and every mention.
public struct ClaimDetail: Sendable, Hashable {
    public var claim: Claim
    public var origins: [ClaimOrigin]
    public var mentions: [Mention]
    /// The articles the mentions come from, by id.
    public var articles: [Int64: Article]

    public init(claim: Claim, origins: [ClaimOrigin], mentions: [Mention], articles: [Int64: Article]) {
        self.claim = claim
        self.origins = origins
        self.mentions = mentions
        self.articles = articles
    }
}
