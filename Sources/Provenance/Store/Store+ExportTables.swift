/// Streaming reads for the table and graph exports (CSV tables, PROV-JSON, ClaimReview,
/// DOT): every method steps one SQLite cursor and hands each row to `body`, so memory
/// stays flat however big the store.
extension Store {
    /// A statement of its own, not the connection's cache: `body` may run other queries
    /// (even the cached ones) while this cursor is open without resetting it.
    func cursor(_ sql: String) throws -> Statement {
        try Statement(connection: connection, sql: sql)
    }

    /// Calls `body` with each row of `table`, the values in their storage class (a writer tells
    /// numbers from text by it), in the order of ``CSVTable/columns``.
    public func forEachRow(of table: CSVTable, _ body: ([SQLValue]) throws -> Void) throws {
        if table == .claims || table == .mentions { _ = try corroborateDirtyClaims() }
        let statement = try cursor(
            "SELECT " + table.columns.map { "\"\($0)\"" }.joined(separator: ", ") + " FROM " + Self.sqlTable(table)
                + " ORDER BY " + Self.sqlOrder(table))
        let count = Int32(table.columns.count)
        try statement.forEachRow { row in
            try body((0..<count).map { row.value($0) })
        }
    }

    private static func sqlTable(_ table: CSVTable) -> String {
        switch table {
        case .articles: "article"
        case .articleCopies: "article_copy"
        case .sources: "source"
        case .sourceAliases: "source_alias"
        case .claims: "claim"
        case .mentions: "mention"
        case .mentionVia: "mention_via"
        }
    }

    private static func sqlOrder(_ table: CSVTable) -> String {
        switch table {
        case .articleCopies: "path"
        case .sourceAliases: "source_id, alias"
        case .mentionVia: "mention_id, position"
        default: "id"
        }
    }

    /// Calls `body` with each claim and everything behind it, in id order, holding one
    /// claim in memory at a time (the claim ids are read from a cursor, not collected).
    public func forEachClaimDetailStreaming(_ body: (ClaimDetail) throws -> Void) throws {
        _ = try corroborateDirtyClaims()
        try cursor("SELECT id FROM claim ORDER BY id").forEachRow { row in
            try body(try tracedClaimDetail(row.int64(0)))
        }
    }

    /// Calls `body` with each current article and, when its outlet is a known source,
    /// that source's id.
    public func forEachArticleWithOutletSource(_ body: (Article, Int64?) throws -> Void) throws {
        try cursor("SELECT \(Self.articleColumns) FROM article a WHERE a.superseded_by IS NULL ORDER BY a.id")
            .forEachRow { row in
                let article = Self.article(row)
                try body(article, try article.outlet.flatMap(outletSourceID))
            }
    }

    /// Outlet names of current articles that no source stands for, each once, sorted.
    public func forEachUnmatchedOutlet(_ body: (String) throws -> Void) throws {
        try cursor(
            "SELECT DISTINCT outlet FROM article WHERE superseded_by IS NULL AND outlet IS NOT NULL AND outlet <> '' ORDER BY outlet"
        ).forEachRow { row in
            let outlet = row.string(0)
            if try outletSourceID(outlet) == nil { try body(outlet) }
        }
    }

    /// The source an article's outlet name canonicalises to, if the store holds it.
    func outletSourceID(_ outlet: String) throws -> Int64? {
        try sourceID(key: names.key(outlet, kind: .outlet))
    }

    /// Calls `body` with each source (aliases left out), in id order.
    public func forEachSource(_ body: (Source) throws -> Void) throws {
        try cursor("SELECT id, name, kind, reliability FROM source ORDER BY id").forEachRow { row in
            try body(
                Source(
                    id: row.int64(0), name: row.string(1), kind: SourceKind(rawValue: row.string(2)) ?? .unknown,
                    aliases: [], reliability: row.text(3), mentionCount: 0, originOfClaims: 0))
        }
    }

    /// Calls `body` with each claim (its own row, without mentions), in id order.
    public func forEachClaim(_ body: (Claim) throws -> Void) throws {
        _ = try corroborateDirtyClaims()
        try cursor("SELECT \(Self.claimColumns) FROM claim c ORDER BY c.id").forEachRow { row in
            try body(Self.claim(row))
        }
    }
}

extension Store {
    /// The kind of the source with this id, if stored.
    public func sourceKind(_ id: Int64) throws -> SourceKind? {
        try connection.prepare("SELECT kind FROM source WHERE id = ?").rows([id]) { SourceKind(rawValue: $0.string(0)) }
            .first ?? nil
    }
}

extension Store {
    /// One claim's own row (counts and flags), without its mentions; nil for an unknown id.
    public func claimSummary(_ id: Int64) throws -> Claim? {
        try connection.prepare("SELECT \(Self.claimColumns) FROM claim c WHERE c.id = ?").rows([id], Self.claim).first
    }

    /// The articles with these ids, by id.
    public func articlesByID(_ ids: Set<Int64>) throws -> [Int64: Article] {
        Dictionary(uniqueKeysWithValues: try articles(ids: ids).map { ($0.id, $0) })
    }
}
