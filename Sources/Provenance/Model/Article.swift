/// An imported article as the store holds it.
public struct Article: Sendable, Hashable, Codable {
    public var id: Int64
    public var path: String
    public var sha256: String
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var published: String?
    /// Outlets the article credits for its story, nearest first.
    public var credits: [String]
    public var mentionCount: Int
    /// When the article is a near-duplicate of an earlier-imported one (wire copy, syndication, a
    /// repost): the first article of its copy group.
    public var copyOf: Int64?

    public init(
        id: Int64, path: String, sha256: String, title: String?, outlet: String?, url: String?,
        published: String?, credits: [String], mentionCount: Int, copyOf: Int64? = nil
    ) {
        self.copyOf = copyOf
        self.id = id
        self.path = path
        self.sha256 = sha256
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.credits = credits
        self.mentionCount = mentionCount
    }
}
