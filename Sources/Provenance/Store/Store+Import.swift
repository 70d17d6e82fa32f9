/// Writing imported articles: one transaction per batch, so that a failure or
/// an interrupted run leaves whole batches and never half an article.
extension Store {
    /// Writes a planned batch in one transaction: articles and their full text index, copies,
    /// withdrawn old versions, claims, and mentions with their sources and origins. Claims
    /// traced by the plan are written clean; the others it touched are marked dirty, and
    /// ``corroborateDirtyClaims()`` traces them (an import calls it when it ends, any read first).
    /// Throws (and writes nothing) when SQLite fails.
    func write(_ plan: BatchPlan) throws {
        try withoutReferenceChecks(unless: plan.withdraws) { try writeInTransaction(plan) }
    }

    /// Runs `body` with SQLite's foreign-key checks off, unless `needed`.
    ///
    /// Why: every id a plan writes is one its planner gave out or read from this store (claims,
    /// articles, mentions) or one ``sourceID(named:kind:alias:)`` finds or makes just before
    /// the row; checking the four references of each mention row was a twentieth of a 10k
    /// import. A plan that withdraws an old version deletes rows and needs the cascades.
    /// The pragma cannot change inside a transaction, so it wraps the batch's.
    private func withoutReferenceChecks(unless needed: Bool, _ body: () throws -> Void) throws {
        guard !needed else { return try body() }
        try connection.execute("PRAGMA foreign_keys = OFF")
        defer { try? connection.execute("PRAGMA foreign_keys = ON") }
        try body()
    }

    private func writeInTransaction(_ plan: BatchPlan) throws {
        try connection.transaction {
            var dirty = plan.dirtyClaims
            var replaced: [(old: Int64, new: Int64)] = []
            for step in plan.articles {
                switch step {
                case .none: continue
                case .copy(let path, let original):
                    try connection.prepare("INSERT INTO article_copy(path, article_id) VALUES (?, ?)").run(
                        path, original)
                case .insert(let new):
                    try insertArticle(new)
                    if let replaces = new.replaces { replaced.append((replaces, new.id)) }
                }
            }
            let inserted = plan.articles.compactMap { step -> Int64? in
                if case .insert(let new) = step { return new.id } else { return nil }
            }
            if let first = inserted.first, let last = inserted.last {
                try connection.prepare(
                    """
                    INSERT INTO article_fts(rowid, title, text)
                    SELECT id, coalesce(title, ''), text FROM article WHERE id BETWEEN ? AND ?
                    """
                ).run(first, last)
            }
            for claim in plan.newClaims {
                try connection.prepare(literal: "INSERT INTO claim(id, text) VALUES (?, ?)").run(claim.id, claim.text)
                if let counts = claim.counts { try store(counts, claim: claim.id) }
            }
            for mention in plan.mentions { try insertMention(mention) }
            // One statement for the batch's full-text rows: the ids are consecutive.
            if let first = plan.mentions.first?.id, let last = plan.mentions.last?.id {
                try connection.prepare(
                    "INSERT INTO mention_fts(rowid, exact) SELECT id, exact FROM mention WHERE id BETWEEN ? AND ?"
                ).run(first, last)
            }
            for link in plan.seriesLinks {
                try connection.prepare("INSERT OR IGNORE INTO claim_series(claim_id, related_id) VALUES (?, ?)")
                    .run(link.claim, link.related)
            }
            for suggestion in plan.suggestions {
                try connection.prepare("INSERT OR IGNORE INTO suggestion(mention_id, claim_id, score) VALUES (?, ?, ?)")
                    .run(suggestion.mention, suggestion.claim, suggestion.score)
            }
            // After the new mentions: a claim the new version still states keeps a wording.
            for (old, new) in replaced { try withdraw(article: old, supersededBy: new, touched: &dirty) }
            for trace in plan.retraced { try storeOrigin(trace) }
            for (claim, counts) in plan.recounted { try store(counts, claim: claim) }
            try markDirty(dirty)
        }
    }

    /// What an import needs to classify files without querying: the current articles, the
    /// recorded copies, and the next free ids (claim ids are never reused, see schema.sql).
    func importCatalog() throws -> ImportCatalog {
        let current = try connection.prepare(
            "SELECT id, path, sha256 FROM article WHERE superseded_by IS NULL ORDER BY id"
        )
        .rows { (id: $0.int64(0), path: $0.string(1), sha256: $0.string(2)) }
        let copies = Set(try connection.prepare("SELECT path FROM article_copy").rows { $0.string(0) })
        func next(_ sql: String) throws -> Int64 { (try connection.prepare(sql).rows { $0.int64(0) }.first ?? 0) + 1 }
        return ImportCatalog(
            current: current, copyPaths: copies,
            nextArticleID: try next("SELECT coalesce(max(id), 0) FROM article"),
            nextMentionID: try next("SELECT coalesce(max(id), 0) FROM mention"),
            nextClaimID: max(
                try next("SELECT coalesce(max(id), 0) FROM claim"),
                try next("SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'claim'")))
    }

    /// Rebuilds a claim index from every stored mention, for matching new articles against old ones.
    public func loadClaimIndex() throws -> ClaimIndex {
        var index = ClaimIndex()
        // Wire copy repeats wordings: each distinct encoded signature is decoded once.
        var decoded: [String: ClaimSignature?] = [:]
        try connection.prepare("SELECT claim_id, signature FROM mention ORDER BY id").forEachRow { row in
            let encoded = row.string(1)
            let signature: ClaimSignature?
            if let known = decoded[encoded] {
                signature = known
            } else {
                signature = ClaimSignature(encoded: encoded)
                decoded[encoded] = .some(signature)
            }
            if let signature { index.insert(claim: row.int64(0), signature: signature) }
        }
        return index
    }

    /// The sketches and copy groups of the current articles.
    public func loadCopyIndex() throws -> ArticleCopyIndex {
        var index = ArticleCopyIndex()
        try connection.prepare(
            """
            SELECT s.article_id, s.sketch, g.group_id FROM article_sketch s
            JOIN article a ON a.id = s.article_id LEFT JOIN article_copy_group g ON g.article_id = s.article_id
            WHERE a.superseded_by IS NULL ORDER BY s.article_id
            """
        ).forEachRow { row in
            let id = row.int64(0)
            index.insert(
                article: id, sketch: ArticleSketch(blob: row.blob(1)), group: row.isNull(2) ? id : row.int64(2))
        }
        return index
    }

    private func insertArticle(_ new: BatchPlan.NewArticle) throws {
        let (parsed, id, credits, scoop) = (new.article, new.id, new.credits, new.scoop)
        try connection.prepare(
            """
            INSERT INTO article(id, path, sha256, title, outlet, url, published, text, credits)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        ).run(
            id, parsed.path, parsed.sha256, parsed.title, parsed.outlet, parsed.url, parsed.published, parsed.text,
            JSONText.array(credits))
        if let scoop {
            try connection.prepare("INSERT INTO article_scoop(article_id, outlet) VALUES (?, ?)").run(id, scoop)
        }
        try connection.prepare("INSERT INTO article_sketch(article_id, sketch) VALUES (?, ?)").run(
            id, SQLValue.blob(new.sketch.blob))
        if let copy = new.copy {
            try connection.prepare(
                "INSERT INTO article_copy_group(article_id, group_id, similarity) VALUES (?, ?, ?)"
            ).run(id, copy.group, copy.similarity)
        }
        articleFacts[id] = new.evidence
        if let outlet = parsed.outlet { _ = try sourceID(named: outlet, kind: .outlet, alias: outlet) }
    }

    private func insertMention(_ planned: BatchPlan.Mention) throws {
        let mention = planned.extracted
        let placement = planned.placement
        let speakerID = try mention.speaker.map {
            try sourceID(named: $0, kind: mention.speakerKind ?? .unknown, alias: $0)
        }
        let origin = try planned.trace.flatMap { try originSourceID($0) }
        try connection.prepare(
            literal: """
            INSERT INTO mention(id, article_id, claim_id, start, end, exact, prefix, suffix, content, signature,
                speaker, speaker_source_id, speaker_kind, speaker_start, speaker_end, cue, cue_start, cue_end,
                stance, hedged, rule, origin, origin_source_id, origin_rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        ).run(
            planned.id, planned.articleID, planned.claimID, placement.start, placement.end, placement.exact,
            placement.prefix, placement.suffix, mention.content, placement.signature,
            mention.speaker, speakerID, mention.speaker == nil ? nil : (mention.speakerKind ?? .unknown).rawValue,
            placement.speakerStart, placement.speakerEnd, mention.cue, placement.cueStart, placement.cueEnd,
            mention.stance.rawValue, mention.hedged, mention.rule, planned.trace?.origin, origin,
            planned.trace?.rule.rawValue)
        for (position, name) in mention.via.enumerated() {
            let viaID = try sourceID(named: name, kind: .outlet, alias: name)
            try connection.prepare(
                literal: "INSERT INTO mention_via(mention_id, position, name, source_id) VALUES (?, ?, ?, ?)")
                .run(planned.id, position, name, viaID)
        }
    }

    /// Marks an old version of a file superseded and withdraws its mentions. Their claims are
    /// marked dirty: the next tracing recounts them, and removes those left without mentions.
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
            // The wording may have come from a withdrawn mention: take the earliest one left.
            try connection.prepare(
                """
                UPDATE claim SET text = coalesce((SELECT content FROM mention WHERE claim_id = ? ORDER BY id LIMIT 1), text)
                WHERE id = ?
                """
            ).run(claimID, claimID)
        }
    }
}
