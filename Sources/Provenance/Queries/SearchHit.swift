/// One full-text search result: a mention (with its claim) or an article.
public struct SearchHit: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case mention, article }
    public var kind: Kind
    public var id: Int64
    public var claimID: Int64?
    public var articleID: Int64
    public var articlePath: String
    /// The matching text with the hits marked [like this].
    public var snippet: String

    public init(kind: Kind, id: Int64, claimID: Int64?, articleID: Int64, articlePath: String, snippet: String) {
        self.kind = kind
        self.id = id
        self.claimID = claimID
        self.articleID = articleID
        self.articlePath = articlePath
        self.snippet = snippet
    }
}
