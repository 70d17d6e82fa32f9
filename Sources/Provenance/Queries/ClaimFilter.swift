/// Which claims a listing shows. Every condition set must hold.
public struct ClaimFilter: Sendable, Hashable {
    public var minOrigins: Int?
    public var minArticles: Int?
    public var circular: Bool
    public var contested: Bool
    public var unsourced: Bool
    /// Words a mention of the claim must contain (searched, never parsed as FTS5 syntax).
    public var search: String?
    public var ids: [Int64]?
    public var since: String?
    public var limit: Int?

    public init(
        minOrigins: Int? = nil, minArticles: Int? = nil, circular: Bool = false, contested: Bool = false,
        unsourced: Bool = false, search: String? = nil, ids: [Int64]? = nil, since: String? = nil, limit: Int? = nil
    ) {
        self.minOrigins = minOrigins
        self.minArticles = minArticles
        self.circular = circular
        self.contested = contested
        self.unsourced = unsourced
        self.search = search
        self.ids = ids
        self.since = since
        self.limit = limit
    }
}
