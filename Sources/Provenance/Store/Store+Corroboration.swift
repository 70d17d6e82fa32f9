/// Keeping each claim's origins and flags current after its mentions change.
extension Store {
    /// Traces every mention of the given claims to its origin and stores the
    /// claims' counts and flags (article and origin counts, circular,
    /// contested, unsourced, credibility, first seen). A claim left without
    /// mentions (its articles were replaced by new versions) is removed.
    func recorroborate(claims: Set<Int64>) throws {
        let tracer = OriginTracer(names: names)
        for claimID in claims.sorted() {
            var stored: [Int64: String] = [:]
            let evidence = try originEvidence(claim: claimID, storedOrigins: &stored)
            guard !evidence.isEmpty else {
                try connection.prepare(
                    "DELETE FROM claim WHERE id = ? AND NOT EXISTS (SELECT 1 FROM mention WHERE claim_id = ?)"
                )
                .run(claimID, claimID)
                continue
            }
            let result = tracer.corroborate(evidence)
            // Write only what changed: most of a large claim's mentions keep their origin.
            for trace in result.traces where stored[trace.mentionID] != trace.origin + "\u{1F}" + trace.rule.rawValue {
                try storeOrigin(trace)
            }
            try store(ClaimCounts(result), claim: claimID)
        }
    }

    /// Stores a claim's counts and flags, and marks it clean.
    func store(_ counts: ClaimCounts, claim: Int64) throws {
        try connection.prepare(
            literal: """
                UPDATE claim SET article_count = ?, origin_count = ?, circular = ?, contested = ?, unsourced = ?,
                    credibility = ?, first_seen = ?, dirty = 0
                WHERE id = ?
                """
        ).run(
            counts.articleCount, counts.originCount, counts.circular, counts.contested, counts.unsourced,
            counts.credibility, counts.firstSeen, claim)
    }

    /// Stores the origin a mention was traced to.
    func storeOrigin(_ trace: TracedMention) throws {
        try connection.prepare(
            literal: "UPDATE mention SET origin = ?, origin_source_id = ?, origin_rule = ? WHERE id = ?"
        )
        .run(trace.origin, try originSourceID(trace), trace.rule.rawValue, trace.mentionID)
    }

    /// The source an origin names. A named origin is recorded as a source when it is not one yet,
    /// so the link does not depend on which batch first named it; an unsourced claim's origin is
    /// its earliest article, linked only when that article's outlet is a source (a file name is not).
    func originSourceID(_ trace: TracedMention) throws -> Int64? {
        if trace.rule == .unsourced { return try sourceID(key: names.key(trace.origin, kind: trace.originKind)) }
        return try sourceID(named: trace.origin, kind: trace.originKind, alias: nil)
    }

    /// Marks claims whose mentions changed, for ``corroborateDirtyClaims()``.
    func markDirty(_ claims: Set<Int64>) throws {
        for claimID in claims {
            try connection.prepare(literal: "UPDATE claim SET dirty = 1 WHERE id = ? AND dirty = 0").run(claimID)
        }
    }

    /// Traces the origins of every claim whose mentions changed since it was last traced, in one
    /// transaction; returns how many claims it traced. Imports call it when they finish, and
    /// every read of a writable store calls it first, so its counts are current. A store opened
    /// ``OpenMode/readOnly`` traces nothing (returns 0): a read command never writes, and says
    /// instead how many claims wait (``untracedClaimCount()``).
    @discardableResult
    public func corroborateDirtyClaims() throws -> Int {
        guard !isReadOnly, try hasDirtyClaims() else { return 0 }
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
        let rows = try connection.prepare(
            """
            SELECT id, article_id, speaker, speaker_kind, stance, origin || char(31) || origin_rule, exact
            FROM mention WHERE claim_id = ?
            """
        ).rows([claim]) { row in
            (
                id: row.int64(0), article: row.int64(1), speaker: row.text(2),
                kind: row.text(3).flatMap(SourceKind.init(rawValue:)), stance: Stance(rawValue: row.string(4)),
                stored: row.text(5), wording: OriginEvidence.wordingKey(of: row.string(6))
            )
        }
        return try rows.map { row in
            if let stored = row.stored { storedOrigins[row.id] = stored }
            let article = try facts(article: row.article)
            var evidence = OriginEvidence(
                mentionID: row.id, articleID: row.article, article: article, speaker: row.speaker,
                speakerKind: row.kind, via: vias[row.id] ?? [], stance: row.stance ?? .asserts)
            evidence.wording = row.wording
            return evidence
        }
    }

    /// What tracing needs of an article, read once per store.
    func facts(article: Int64) throws -> ArticleEvidence {
        if let known = articleFacts[article] { return known }
        let facts =
            try connection.prepare(
                """
                SELECT a.path, a.outlet, a.published, a.credits, s.outlet, g.group_id
                FROM article a LEFT JOIN article_scoop s ON s.article_id = a.id
                LEFT JOIN article_copy_group g ON g.article_id = a.id WHERE a.id = ?
                """
            ).rows([article]) {
                ArticleEvidence(
                    path: $0.string(0), outlet: $0.text(1), published: $0.text(2),
                    credits: JSONText.parseArray($0.string(3)), scoop: $0.text(4), group: $0.optionalInt64(5))
            }.first ?? ArticleEvidence(path: "", outlet: nil, published: nil, credits: [])
        articleFacts[article] = facts
        return facts
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
