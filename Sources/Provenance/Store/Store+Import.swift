/// Writing imported articles: one transaction per batch, so that a failure or
/// an interrupted run leaves whole batches and never half an article.
extension Store {
    /// Writes a batch of analysed articles in one transaction: articles,
    /// their full text index, sources, and mentions matched into claims. The
    /// claims the batch touched are marked dirty; ``corroborateDirtyClaims()``
    /// traces them once at the end of an import (and any read does it first),
    /// rather than after every batch, since one large claim may be touched by
    /// every batch.
    ///
    /// `index` is the caller's claim index; it learns every new mention so
    /// that later batches match against them. Throws (and writes nothing)
    /// when SQLite fails.
    public func write(_ batch: [AnalysedArticle], index: inout ClaimIndex) throws -> [ImportOutcome] {
        try connection.transaction {
            var touched = Set<Int64>()
            var outcomes: [ImportOutcome] = []
            var weak: [WeakMatch] = []
            for analysed in batch {
                outcomes.append(try write(analysed, index: &index, touched: &touched, weak: &weak))
            }
            try rematch(weak, index: &index, touched: &touched)
            try markDirty(touched)
            return outcomes
        }
    }

    /// Rebuilds a claim index from every stored mention, for matching new articles against old ones.
    public func loadClaimIndex() throws -> ClaimIndex {
        var index = ClaimIndex()
        try connection.prepare("SELECT claim_id, signature FROM mention ORDER BY id").forEachRow { row in
            if let signature = ClaimSignature(encoded: row.string(1)) {
                index.insert(claim: row.int64(0), signature: signature)
            }
        }
        return index
    }

    private func write(
        _ analysed: AnalysedArticle, index: inout ClaimIndex, touched: inout Set<Int64>, weak: inout [WeakMatch]
    ) throws -> ImportOutcome {
        let parsed = analysed.article
        let lookup = try connection.prepare(
            "SELECT id, path FROM article WHERE sha256 = ? AND superseded_by IS NULL ORDER BY id LIMIT 1")
        if let (existing, path) = try lookup.rows([parsed.sha256], { ($0.int64(0), $0.string(1)) }).first {
            if path == parsed.path { return .unchanged(articleID: existing) }
            let known = try connection.prepare("SELECT article_id FROM article_copy WHERE path = ?")
                .rows([parsed.path]) { $0.int64(0) }
            if known.isEmpty {
                try connection.prepare("INSERT INTO article_copy(path, article_id) VALUES (?, ?)")
                    .run(parsed.path, existing)
            }
            return .copy(of: existing)
        }
        let previous = try connection.prepare(
            "SELECT id FROM article WHERE path = ? AND superseded_by IS NULL ORDER BY id DESC LIMIT 1"
        ).rows([parsed.path]) { $0.int64(0) }.first

        let articleID = try insertArticle(parsed, credits: analysed.extraction.credits)
        if let outlet = parsed.outlet { _ = try sourceID(named: outlet, kind: .outlet, alias: outlet) }
        for ((mention, signature), placement) in zip(
            zip(analysed.extraction.mentions, analysed.signatures), analysed.placements)
        {
            try insertMention(
                mention, signature: signature, placement: placement, articleID: articleID, index: &index,
                touched: &touched, weak: &weak)
        }
        guard let previous else {
            return .imported(articleID: articleID, mentions: analysed.extraction.mentions.count)
        }
        try withdraw(article: previous, supersededBy: articleID, touched: &touched)
        return .newVersion(articleID: articleID, replaced: previous, mentions: analysed.extraction.mentions.count)
    }

    private func insertArticle(_ parsed: ParsedArticle, credits: [String]) throws -> Int64 {
        try connection.prepare(
            """
            INSERT INTO article(path, sha256, title, outlet, url, published, text, credits)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """
        ).run(
            parsed.path, parsed.sha256, parsed.title, parsed.outlet, parsed.url, parsed.published, parsed.text,
            JSONText.array(credits))
        let id = connection.lastInsertedRowID
        try connection.prepare("INSERT INTO article_fts(rowid, title, text) VALUES (?, ?, ?)")
            .run(id, parsed.title ?? "", parsed.text)
        return id
    }

    private func insertMention(
        _ mention: ExtractedMention, signature: ClaimSignature, placement: MentionPlacement, articleID: Int64,
        index: inout ClaimIndex, touched: inout Set<Int64>, weak: inout [WeakMatch]
    ) throws {
        let exact = placement.exact
        guard !exact.isEmpty, !mention.content.isEmpty else { return }
        let (claimID, score) = try claim(for: signature, content: mention.content, index: &index)
        let speakerID = try mention.speaker.map {
            try sourceID(named: $0, kind: mention.speakerKind ?? .unknown, alias: $0)
        }
        try connection.prepare(
            """
            INSERT INTO mention(article_id, claim_id, start, end, exact, prefix, suffix, content, signature,
                speaker, speaker_source_id, speaker_kind, speaker_start, speaker_end, cue, cue_start, cue_end,
                stance, hedged, rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        ).run(
            articleID, claimID, placement.start, placement.end, exact, placement.prefix, placement.suffix,
            mention.content, placement.signature,
            mention.speaker, speakerID, mention.speaker == nil ? nil : (mention.speakerKind ?? .unknown).rawValue,
            placement.speakerStart, placement.speakerEnd, mention.cue, placement.cueStart, placement.cueEnd,
            mention.stance.rawValue, mention.hedged, mention.rule)
        let mentionID = connection.lastInsertedRowID
        try connection.prepare("INSERT INTO mention_fts(rowid, exact) VALUES (?, ?)").run(mentionID, exact)
        for (position, name) in mention.via.enumerated() {
            let viaID = try sourceID(named: name, kind: .outlet, alias: name)
            try connection.prepare("INSERT INTO mention_via(mention_id, position, name, source_id) VALUES (?, ?, ?, ?)")
                .run(mentionID, position, name, viaID)
        }
        index.insert(claim: claimID, signature: signature, knownScore: score)
        touched.insert(claimID)
        if let score, score < index.representativeFloor {
            weak.append(WeakMatch(mention: mentionID, claim: claimID, signature: signature))
        }
    }

    /// The claim a mention joins: the best match in the index, or a new claim worded like the mention.
    /// The claim a mention joins, with the match score: the best match in the index, or a new
    /// claim worded like the mention (score nil).
    private func claim(for signature: ClaimSignature, content: String, index: inout ClaimIndex) throws
        -> (Int64, Double?)
    {
        if let match = index.bestMatch(for: signature), !retiredClaims.contains(match.claim) {
            return (match.claim, match.score)
        }
        try connection.prepare("INSERT INTO claim(text) VALUES (?)").run(content)
        return (connection.lastInsertedRowID, nil)
    }

    /// A mention that joined its claim on a weak match, to be looked at again once the
    /// whole batch is in.
    struct WeakMatch {
        var mention: Int64
        var claim: Int64
        var signature: ClaimSignature
    }

    /// Gives each weakly matched mention of the batch a second look, now that the claims
    /// of the later articles exist: matching is incremental, so an article read early
    /// could only choose among the claims known then. A mention moves when another claim
    /// now ranks first.
    private func rematch(_ weak: [WeakMatch], index: inout ClaimIndex, touched: inout Set<Int64>) throws {
        for candidate in weak {
            guard let best = index.bestMatch(for: candidate.signature), best.claim != candidate.claim,
                !retiredClaims.contains(best.claim)
            else { continue }
            try connection.prepare("UPDATE mention SET claim_id = ? WHERE id = ?").run(best.claim, candidate.mention)
            index.insert(claim: best.claim, signature: candidate.signature)
            touched.insert(best.claim)
            try connection.prepare(
                "DELETE FROM claim WHERE id = ? AND NOT EXISTS (SELECT 1 FROM mention WHERE claim_id = ?)"
            ).run(candidate.claim, candidate.claim)
            if connection.changes > 0 {
                touched.remove(candidate.claim)
                retiredClaims.insert(candidate.claim)
            }
        }
    }

    /// Marks an old version of a file superseded and withdraws its mentions
    /// (and any claim left with none), so that a changed file is not counted twice.
    private func withdraw(article: Int64, supersededBy newID: Int64, touched: inout Set<Int64>) throws {
        try connection.prepare("UPDATE article SET superseded_by = ? WHERE id = ?").run(newID, article)
        let old = try connection.prepare("SELECT id, claim_id, exact FROM mention WHERE article_id = ?")
            .rows([article]) { ($0.int64(0), $0.int64(1), $0.string(2)) }
        for (mentionID, claimID, exact) in old {
            try connection.prepare("INSERT INTO mention_fts(mention_fts, rowid, exact) VALUES ('delete', ?, ?)")
                .run(mentionID, exact)
            touched.insert(claimID)
        }
        try connection.prepare("DELETE FROM mention WHERE article_id = ?").run(article)
        for claimID in Set(old.map(\.1)) {
            try connection.prepare(
                "DELETE FROM claim WHERE id = ? AND NOT EXISTS (SELECT 1 FROM mention WHERE claim_id = ?)"
            )
            .run(claimID, claimID)
            if connection.changes > 0 {
                touched.remove(claimID)
                retiredClaims.insert(claimID)
            } else {
                // The wording may have come from a withdrawn mention: take the earliest one left.
                try connection.prepare(
                    "UPDATE claim SET text = (SELECT content FROM mention WHERE claim_id = ? ORDER BY id LIMIT 1) WHERE id = ?"
                ).run(claimID, claimID)
            }
        }
    }
}
