/// What the origin rules need of an article, shared by the evidence of all its mentions.
///
/// A class, and immutable: the tracer sorts, filters and copies the evidence of claims of
/// thousands of mentions, again as they grow, and a copy then retains one reference instead of
/// five strings and an array (those retains were a tenth of a 100,000-article import).
public final class ArticleEvidence: Sendable, Hashable {
    public let path: String
    public let outlet: String?
    /// ISO 8601 date or date-time, nil when unknown.
    public let published: String?
    /// Outlets the article credits for its story, nearest first.
    public let credits: [String]
    /// The outlet the article says broke the story first, if it says so.
    public let scoop: String?
    /// The copy group of the article when it is a near-duplicate of an earlier-imported one
    /// (wire copy, syndication, a repost): the id of the group's first article.
    public let group: Int64?
    /// The first 16 bytes of ``published`` as two big-endian integers, when they are ASCII: ISO
    /// 8601 dates sort as their bytes, and the tracer orders a claim's mentions by date each
    /// time it traces it (comparing strings was a tenth of tracing on the 10k bench corpus).
    let publishedKey: (UInt64, UInt64)?

    public init(
        path: String, outlet: String?, published: String?, credits: [String], scoop: String? = nil,
        group: Int64? = nil
    ) {
        self.path = path
        self.outlet = outlet
        self.published = published
        self.credits = credits
        self.scoop = scoop
        self.group = group
        self.publishedKey = published.flatMap(Self.sortKey(of:))
    }

    /// ``publishedKey`` of a date string: nil when a byte of its first 16 is not ASCII.
    static func sortKey(of date: String) -> (UInt64, UInt64)? {
        var words: (UInt64, UInt64) = (0, 0)
        var count = 0
        for byte in date.utf8.prefix(16) {
            guard byte < 0x80 else { return nil }
            if count < 8 {
                words.0 |= UInt64(byte) << UInt64(56 - 8 * count)
            } else {
                words.1 |= UInt64(byte) << UInt64(56 - 8 * (count - 8))
            }
            count += 1
        }
        return words
    }

    /// The same facts with some replaced.
    func replacing(
        path: String? = nil, outlet: String?? = nil, published: String?? = nil, credits: [String]? = nil,
        scoop: String?? = nil, group: Int64?? = nil
    ) -> ArticleEvidence {
        ArticleEvidence(
            path: path ?? self.path, outlet: outlet ?? self.outlet, published: published ?? self.published,
            credits: credits ?? self.credits, scoop: scoop ?? self.scoop, group: group ?? self.group)
    }

    public static func == (lhs: ArticleEvidence, rhs: ArticleEvidence) -> Bool {
        lhs === rhs
            || (lhs.path == rhs.path && lhs.outlet == rhs.outlet && lhs.published == rhs.published
                && lhs.credits == rhs.credits && lhs.scoop == rhs.scoop && lhs.group == rhs.group)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(outlet)
        hasher.combine(published)
        hasher.combine(credits)
        hasher.combine(scoop)
        hasher.combine(group)
    }
}
