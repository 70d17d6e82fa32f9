/// Applying an analyst's decision to the rows, and undoing it. Applying is idempotent: a replay
/// after an import changes only what the import undid (a re-imported article's mentions came back
/// in their matched claims, with their extracted speakers), and reports whether it changed anything.
/// The callers run inside a transaction and trace the claims marked dirty afterwards.
extension Store {
    /// Applies `change`; true when rows changed. `newMentionsFrom` is the first mention id an
    /// import wrote, when replaying after one: a source merge then re-traces the claims of those
    /// mentions, which the import traced without the merge.
    @discardableResult
    func apply(_ change: DecisionChange, newMentionsFrom: Int64? = nil) throws -> Bool {
        switch change {
        case .mergeClaims(let into, let from, _):
            return try mergeClaim(holding: from, into: into)
        case .splitClaim(let anchor, let mentions):
            return try split(mentions, from: anchor)
        case .claimText(let member, let text, _):
            guard let found = try resolve(member) else { return false }
            try connection.prepare("UPDATE claim SET text = ? WHERE id = ? AND text <> ?").run(text, found.claim, text)
            return connection.changes > 0
        case .attribution(let key, let attribution, _):
            return try attribute(key, attribution)
        case .mergeSources(let into, let from, _):
            return try absorb(from, into: into, newMentionsFrom: newMentionsFrom)
        case .gradeSource(let source, let grade, _):
            return try setReliability(grade, of: source)
        }
    }

    /// Reverses `change` as far as the rows allow.
    func undo(_ change: DecisionChange) throws {
        switch change {
        case .mergeClaims(let into, _, let moved):
            try split(moved, from: into)
        case .splitClaim(let anchor, let mentions):
            for mention in mentions { try mergeClaim(holding: mention, into: anchor) }
        case .claimText(let member, _, let was):
            try apply(.claimText(member: member, text: was, was: was))
        case .attribution(let key, _, let was):
            try attribute(key, was)
        case .mergeSources(let into, let from, let reliability):
            try separate(from, from: into, reliability: reliability)
        case .gradeSource(let source, _, let was):
            try setReliability(was, of: source)
        }
    }

    /// The claim holding `from` joins the claim holding `into`, and is removed.
    @discardableResult
    private func mergeClaim(holding from: MentionKey, into: MentionKey) throws -> Bool {
        guard let target = try resolve(into), let source = try resolve(from), target.claim != source.claim else {
            return false
        }
        try connection.prepare("UPDATE mention SET claim_id = ? WHERE claim_id = ?").run(target.claim, source.claim)
        try connection.prepare("DELETE FROM claim WHERE id = ?").run(source.claim)
        try markDirty([target.claim])
        return true
    }

    /// Moves those of `mentions` that share a claim with `anchor` to a claim of their own: the
    /// claim another of them already holds (an earlier split), else a new one worded by the first.
    @discardableResult
    private func split(_ mentions: [MentionKey], from anchor: MentionKey) throws -> Bool {
        guard let kept = try resolve(anchor) else { return false }
        let found = try mentions.compactMap { try resolve($0) }
        let leaving = found.filter { $0.claim == kept.claim }.map(\.mention)
        guard let first = leaving.min() else { return false }
        let target: Int64
        if let elsewhere = found.first(where: { $0.claim != kept.claim }) {
            target = elsewhere.claim
        } else {
            try connection.prepare("INSERT INTO claim(text) SELECT content FROM mention WHERE id = ?").run(first)
            target = connection.lastInsertedRowID
        }
        for mention in leaving {
            try connection.prepare("UPDATE mention SET claim_id = ? WHERE id = ?").run(target, mention)
        }
        try markDirty([kept.claim, target])
        return true
    }

    /// Sets a mention's speaker and via chain, when they differ, and marks its claim for tracing.
    @discardableResult
    private func attribute(_ key: MentionKey, _ attribution: MentionAttribution) throws -> Bool {
        guard let found = try resolve(key), try self.attribution(mention: found.mention) != attribution else {
            return false
        }
        let speakerID = try attribution.speaker.map {
            try sourceID(named: $0, kind: attribution.kind ?? .unknown, alias: $0)
        }
        // The analyst's speaker need not be written in the sentence: its offsets are dropped.
        try connection.prepare(
            """
            UPDATE mention SET speaker = ?, speaker_source_id = ?, speaker_kind = ?, speaker_start = NULL,
                speaker_end = NULL
            WHERE id = ?
            """
        ).run(attribution.speaker, speakerID, attribution.kind?.rawValue, found.mention)
        try connection.prepare("DELETE FROM mention_via WHERE mention_id = ?").run(found.mention)
        for (position, name) in attribution.via.enumerated() {
            let viaID = try sourceID(named: name, kind: .outlet, alias: name)
            try connection.prepare("INSERT INTO mention_via(mention_id, position, name, source_id) VALUES (?, ?, ?, ?)")
                .run(found.mention, position, name, viaID)
        }
        try markDirty([found.claim])
        return true
    }

    /// A mention's speaker, its kind and its via chain as stored.
    func attribution(mention id: Int64) throws -> MentionAttribution {
        guard
            let row = try connection.prepare("SELECT speaker, speaker_kind FROM mention WHERE id = ?").rows(
                [id],
                {
                    ($0.text(0), $0.text(1).flatMap(SourceKind.init(rawValue:)))
                }
            ).first
        else { throw ProvenanceError.mentionNotFound(id: id) }
        let via = try connection.prepare("SELECT name FROM mention_via WHERE mention_id = ? ORDER BY position")
            .rows([id]) { $0.string(0) }
        return MentionAttribution(speaker: row.0, kind: row.0 == nil ? nil : (row.1 ?? .unknown), via: via)
    }

    /// Sets a source's reliability grade (nil clears it); true when it changed.
    @discardableResult
    private func setReliability(_ grade: String?, of source: SourceRef) throws -> Bool {
        try connection.prepare("UPDATE source SET reliability = ? WHERE key = ? AND reliability IS NOT ?")
            .run(grade, names.resolvedKey(source.key), grade)
        return connection.changes > 0
    }
}
