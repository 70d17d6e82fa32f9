/// Reading claims: listings with filters, and one claim with everything behind it.
extension Store {
    /// The best reliability among a claim's origins reads the claim's mentions only when some
    /// source is graded at all: SQLite checks that condition, which names no row, once before
    /// the loop. Ungraded stores are the usual case, and on a 100k store reading the mentions of
    /// every claim made `prov claims` take 9–13 s (0.65 s without).
    static let claimColumns = """
        c.id, c.text, c.article_count, (SELECT count(*) FROM mention x WHERE x.claim_id = c.id),
        c.origin_count, c.circular, c.contested, c.unsourced, c.credibility, c.first_seen,
        (SELECT min(s.reliability) FROM mention x JOIN source s ON s.id = x.origin_source_id
          WHERE EXISTS (SELECT 1 FROM source WHERE reliability IS NOT NULL)
            AND x.claim_id = c.id AND x.stance = 'asserts')
        """

    static func claim(_ row: Statement) -> Claim {
        Claim(
            id: row.int64(0), text: row.string(1), articleCount: row.int(2), mentionCount: row.int(3),
            originCount: row.int(4), circular: row.bool(5), contested: row.bool(6), unsourced: row.bool(7),
            credibility: row.isNull(8) ? nil : row.int(8), firstSeen: row.text(9),
            reliability: row.text(10))
    }

    /// The claims that pass `filter`, most articles first.
    public func claims(_ filter: ClaimFilter = ClaimFilter()) throws -> [Claim] {
        try corroborateDirtyClaims()
        var conditions: [String] = []
        var arguments: [any SQLBindable] = []
        if let minOrigins = filter.minOrigins {
            conditions.append("c.origin_count >= ?")
            arguments.append(minOrigins)
        }
        if let minArticles = filter.minArticles {
            conditions.append("c.article_count >= ?")
            arguments.append(minArticles)
        }
        if filter.circular { conditions.append("c.circular = 1") }
        if filter.contested { conditions.append("c.contested = 1") }
        if filter.unsourced { conditions.append("c.unsourced = 1") }
        if let since = filter.since {
            conditions.append("c.first_seen >= ?")
            arguments.append(since)
        }
        if let ids = filter.ids {
            conditions.append("c.id IN (SELECT value FROM json_each(?))")
            arguments.append("[" + ids.map(String.init).joined(separator: ",") + "]")
        }
        if let words = filter.search {
            guard let query = FullTextQuery(userInput: words) else { return [] }
            conditions.append(
                "c.id IN (SELECT m.claim_id FROM mention_fts f JOIN mention m ON m.id = f.rowid WHERE mention_fts MATCH ?)"
            )
            arguments.append(query.expression)
        }
        var sql = "SELECT \(Self.claimColumns) FROM claim c"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY c.article_count DESC, c.origin_count DESC, c.id"
        if let limit = filter.limit { sql += " LIMIT \(limit)" }
        return try connection.prepare(sql).rows(arguments, Self.claim)
    }

    /// One claim with its origins, every mention and their articles.
    /// Throws ``ProvenanceError/claimNotFound(id:)`` for an unknown id.
    public func claimDetail(_ id: Int64) throws -> ClaimDetail {
        try corroborateDirtyClaims()
        return try tracedClaimDetail(id)
    }

    /// ``claimDetail(_:)`` for a caller that has already traced dirty claims (an export
    /// reading every claim checks once, not once per claim).
    func tracedClaimDetail(_ id: Int64) throws -> ClaimDetail {
        guard
            let claim = try connection.prepare("SELECT \(Self.claimColumns) FROM claim c WHERE c.id = ?")
                .rows([id], Self.claim).first
        else { throw ProvenanceError.claimNotFound(id: id) }
        let mentions = try self.mentions(claim: id)
        let articleIDs = Set(mentions.map(\.articleID))
        let articles = try self.articles(ids: articleIDs)
        return ClaimDetail(
            claim: claim, origins: Self.origins(of: mentions, articles: articles), mentions: mentions,
            articles: Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0) }))
    }

    /// A claim's mentions, earliest article first.
    func mentions(claim: Int64) throws -> [Mention] {
        let vias = try viaChains(claim: claim)
        return try connection.prepare(
            """
            SELECT m.id, m.claim_id, m.article_id, m.start, m.end, m.exact, m.prefix, m.suffix, m.speaker,
                   m.speaker_source_id, m.speaker_kind, m.speaker_start, m.speaker_end, m.stance, m.hedged, m.cue,
                   m.cue_start, m.cue_end, m.rule, m.origin, m.origin_source_id, m.origin_rule
            FROM mention m JOIN article a ON a.id = m.article_id
            WHERE m.claim_id = ?
            ORDER BY a.published IS NULL, a.published, m.article_id, m.start
            """
        ).rows([claim]) { row in
            Mention(
                id: row.int64(0), claimID: row.int64(1), articleID: row.int64(2), start: row.int(3),
                end: row.int(4), exact: row.string(5), prefix: row.string(6), suffix: row.string(7),
                speaker: row.text(8), speakerSourceID: row.optionalInt64(9),
                speakerKind: row.text(10).flatMap(SourceKind.init(rawValue:)),
                speakerStart: row.optionalInt64(11).map(Int.init), speakerEnd: row.optionalInt64(12).map(Int.init),
                via: vias[row.int64(0)] ?? [], stance: Stance(rawValue: row.string(13)) ?? .asserts,
                hedged: row.bool(14), cue: row.text(15), cueStart: row.optionalInt64(16).map(Int.init),
                cueEnd: row.optionalInt64(17).map(Int.init), rule: row.string(18), origin: row.text(19) ?? "",
                originSourceID: row.optionalInt64(20), originRule: row.text(21) ?? "")
        }
    }

    /// Groups the asserting mentions by the origin they were traced to, in order of first publication.
    static func origins(of mentions: [Mention], articles: [Article]) -> [ClaimOrigin] {
        let published = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0.published) })
        var origins: [ClaimOrigin] = []
        var position: [String: Int] = [:]
        for mention in mentions where mention.stance == .asserts && !mention.origin.isEmpty {
            let key = mention.originSourceID.map { "s\($0)" } ?? "n" + mention.origin.lowercased()
            let date = published[mention.articleID] ?? nil
            if let index = position[key] {
                origins[index].mentionIDs.append(mention.id)
                if let date, origins[index].firstPublished.map({ date < $0 }) ?? true {
                    origins[index].firstPublished = date
                }
            } else {
                position[key] = origins.count
                origins.append(
                    ClaimOrigin(
                        name: mention.origin, sourceID: mention.originSourceID, firstPublished: date,
                        mentionIDs: [mention.id]))
            }
        }
        return origins
    }
}
