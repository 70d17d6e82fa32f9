/// Keeping each claim's origins and flags current after its mentions change.
extension Store {
    /// Traces every mention of the given claims to its origin and stores the
    /// claims' counts and flags (article and origin counts, circular,
    /// contested, unsourced, credibility, first seen).
    func recorroborate(claims: Set<Int64>) throws {
        let tracer = OriginTracer(names: names)
        for claimID in claims.sorted() {
            var stored: [Int64: String] = [:]
            let evidence = try originEvidence(claim: claimID, storedOrigins: &stored)
            guard !evidence.isEmpty else { continue }
            let result = tracer.corroborate(evidence)
            // Big claims are traced again after every batch: write only what changed.
            for trace in result.traces where stored[trace.mentionID] != trace.origin + "\u{1F}" + trace.rule.rawValue {
                let originID = try sourceID(key: names.key(trace.origin, kind: trace.originKind))
                try connection.prepare(
                    "UPDATE mention SET origin = ?, origin_source_id = ?, origin_rule = ? WHERE id = ?"
                ).run(trace.origin, originID, trace.rule.rawValue, trace.mentionID)
            }
            try connection.prepare(
                """
                UPDATE claim SET article_count = ?, origin_count = ?, circular = ?, contested = ?, unsourced = ?,
                    credibility = ?, first_seen = ?, dirty = 0
                WHERE id = ?
                """
            ).run(
                result.articleCount, result.originCount, result.circular, result.contested, result.unsourced,
                result.credibility, result.firstSeen, claimID)
        }
    }

    /// Marks claims whose mentions changed, for ``corroborateDirtyClaims()``.
    func markDirty(_ claims: Set<Int64>) throws {
        for claimID in claims {
            try connection.prepare("UPDATE claim SET dirty = 1 WHERE id = ? AND dirty = 0").run(claimID)
        }
    }

    /// Traces the origins of every claim whose mentions changed since it was last traced, in one
    /// transaction; returns how many claims it traced. Imports call it when they finish, and
    /// every read calls it first, so an interrupted import never leaves stale counts visible.
    @discardableResult
    public func corroborateDirtyClaims() throws -> Int {
        guard try hasDirtyClaims() else { return 0 }
        return try connection.transaction {
            let ids = try connection.prepare("SELECT id FROM claim WHERE dirty = 1").rows { $0.int64(0) }
            try recorroborate(claims: Set(ids))
            return ids.count
        }
    }

    func hasDirtyClaims() throws -> Bool {
        try !connection.prepare("SELECT 1 FROM claim WHERE dirty = 1 LIMIT 1").rows { _ in true }.isEmpty
    }

    /// Recomputes every claim's corroboration, after the rules or the sources changed.
    public func recorroborateAll() throws {
        try connection.transaction {
            let ids = try connection.prepare("SELECT id FROM claim").rows { $0.int64(0) }
            try recorroborate(claims: Set(ids))
        }
    }

    /// The evidence, and each mention's stored origin and rule (joined by U+001F) to compare with.
    func originEvidence(claim: Int64, storedOrigins: inout [Int64: String]) throws -> [OriginEvidence] {
        let vias = try viaChains(claim: claim)
        return try connection.prepare(
            """
            SELECT m.id, m.article_id, a.path, a.outlet, a.published, a.credits, m.speaker, m.speaker_kind, m.stance,
                   m.origin || char(31) || m.origin_rule
            FROM mention m JOIN article a ON a.id = m.article_id
            WHERE m.claim_id = ?
            """
        ).rows([claim]) { row in
            if let stored = row.text(9) { storedOrigins[row.int64(0)] = stored }
            return OriginEvidence(
                mentionID: row.int64(0), articleID: row.int64(1), articlePath: row.string(2),
                articleOutlet: row.text(3), articlePublished: row.text(4),
                articleCredits: credits(article: row.int64(1), json: row.string(5)), speaker: row.text(6),
                speakerKind: row.text(7).flatMap(SourceKind.init(rawValue:)), via: vias[row.int64(0)] ?? [],
                stance: Stance(rawValue: row.string(8)) ?? .asserts)
        }
    }

    /// An article's credited outlets, parsed from JSON once per store.
    func credits(article: Int64, json: String) -> [String] {
        if let known = articleCredits[article] { return known }
        let parsed = JSONText.parseArray(json)
        articleCredits[article] = parsed
        return parsed
    }

    /// Via chains of a claim's mentions, nearest first, by mention id.
    func viaChains(claim: Int64) throws -> [Int64: [String]] {
        var chains: [Int64: [String]] = [:]
        try connection.prepare(
            """
            SELECT v.mention_id, v.name FROM mention_via v JOIN mention m ON m.id = v.mention_id
            WHERE m.claim_id = ? ORDER BY v.mention_id, v.position
            """
        ).forEachRow([claim]) { row in
            chains[row.int64(0), default: []].append(row.string(1))
        }
        return chains
    }
}
