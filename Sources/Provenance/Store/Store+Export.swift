/// Streaming reads for exporters: one claim at a time, so that memory stays
/// flat however big the store.
extension Store {
    /// Calls `body` with each claim (with its origins, mentions and their
    /// articles) in id order, holding one claim in memory at a time.
    public func forEachClaimDetail(_ filter: ClaimFilter = ClaimFilter(), _ body: (ClaimDetail) throws -> Void) throws {
        let ids = try claimIDs(filter)  // traces any dirty claim first
        for id in ids {
            try body(try tracedClaimDetail(id))
        }
    }

    /// Ids of the claims that pass `filter`, in id order.
    func claimIDs(_ filter: ClaimFilter) throws -> [Int64] {
        try claims(filter).map(\.id).sorted()
    }

    /// Calls `body` with each current article, in id order.
    public func forEachArticle(_ body: (Article) throws -> Void) throws {
        try connection.prepare(
            "SELECT \(Self.articleColumns) FROM article a WHERE a.superseded_by IS NULL ORDER BY a.id"
        ).forEachRow { try body(Self.article($0)) }
    }
}
