/// Analysts' source merges: one source becomes an alias of another, so that origins count them as
/// one. The merge lives in the name cache, which every name written or traced passes through, so
/// an import after it never brings the merged source back.
extension Store {
    /// Loads the source merges of the decisions in force into the name cache; the store calls it
    /// when it opens.
    func loadSourceMerges() throws {
        var merges: [String: SourceRef] = [:]
        for decision in try decisions() {
            if case .mergeSources(let into, let from, _) = decision.change { merges[from.key] = into }
        }
        names.setMerges(merges)
    }

    /// The source a user names: by canonical key, by name, then by an alias as written.
    /// Throws ``ProvenanceError/unknownSource(name:)``.
    func source(named name: String) throws -> (id: Int64, ref: SourceRef, reliability: String?) {
        let queries = [
            ("SELECT id, key, name, kind, reliability FROM source WHERE key = ?", names.key(name, kind: nil)),
            ("SELECT id, key, name, kind, reliability FROM source WHERE name = ? COLLATE NOCASE ORDER BY id", name),
            (
                """
                SELECT s.id, s.key, s.name, s.kind, s.reliability FROM source_alias a JOIN source s ON s.id = a.source_id
                WHERE a.alias = ? COLLATE NOCASE ORDER BY s.id
                """, name
            ),
        ]
        for (sql, value) in queries {
            let found = try connection.prepare(sql).rows([value]) { row in
                (
                    id: row.int64(0),
                    ref: SourceRef(
                        key: row.string(1), name: row.string(2),
                        kind: SourceKind(rawValue: row.string(3)) ?? .unknown),
                    reliability: row.text(4)
                )
            }
            if let first = found.first { return first }
        }
        throw ProvenanceError.unknownSource(name: name)
    }

    /// Folds source `from` into `into`: its mentions, vias, origins and aliases move over and its
    /// row goes. When `from` is gone already (a replay), only the claims of the mentions an import
    /// wrote since `newMentionsFrom` are traced again, since the import traced them without it.
    func absorb(_ from: SourceRef, into: SourceRef, newMentionsFrom: Int64?) throws -> Bool {
        var merges = names.merges
        if merges[from.key] != into {
            merges[from.key] = into
            names.setMerges(merges)
        }
        let intoID =
            try sourceID(key: names.resolvedKey(into.key))
            ?? sourceID(named: into.name, kind: into.kind, alias: into.name)
        guard
            let fromID = try connection.prepare("SELECT id FROM source WHERE key = ?").rows([from.key], { $0.int64(0) })
                .first,
            fromID != intoID
        else {
            if let since = newMentionsFrom { try markDirty(Set(try claims(citing: intoID, since: since))) }
            return false
        }
        let touched = try claims(citing: fromID, since: 0)
        try connection.prepare("UPDATE mention SET speaker_source_id = ? WHERE speaker_source_id = ?").run(
            intoID, fromID)
        try connection.prepare("UPDATE mention SET origin_source_id = ? WHERE origin_source_id = ?").run(intoID, fromID)
        try connection.prepare("UPDATE mention_via SET source_id = ? WHERE source_id = ?").run(intoID, fromID)
        try connection.prepare(
            "INSERT OR IGNORE INTO source_alias(source_id, alias) SELECT ?, alias FROM source_alias WHERE source_id = ?"
        ).run(intoID, fromID)
        try connection.prepare("INSERT OR IGNORE INTO source_alias(source_id, alias) VALUES (?, ?)").run(
            intoID, from.name)
        try connection.prepare("DELETE FROM source WHERE id = ?").run(fromID)
        sourceIDs[from.key] = nil
        try markDirty(Set(touched))
        return true
    }

    /// Undoes a merge: `from` gets its row back (with its grade), and the mentions and aliases
    /// whose names are its own point at it again; the claims citing `into` are traced again.
    func separate(_ from: SourceRef, from into: SourceRef, reliability: String?) throws {
        var merges = names.merges
        merges[from.key] = nil
        names.setMerges(merges)
        guard let intoID = try sourceID(key: names.resolvedKey(into.key)) else { return }
        let touched = try claims(citing: intoID, since: 0)
        try connection.prepare("INSERT OR IGNORE INTO source(key, name, kind, reliability) VALUES (?, ?, ?, ?)")
            .run(from.key, from.name, from.kind.rawValue, reliability)
        guard let fromID = try sourceID(key: from.key) else { return }
        sourceIDs[from.key] = fromID
        let speakers = try connection.prepare(
            "SELECT id, speaker, speaker_kind FROM mention WHERE speaker_source_id = ?"
        )
        .rows([intoID]) { ($0.int64(0), $0.string(1), $0.text(2).flatMap(SourceKind.init(rawValue:))) }
        for (mention, speaker, kind) in speakers where names.key(speaker, kind: kind) == from.key {
            try connection.prepare("UPDATE mention SET speaker_source_id = ? WHERE id = ?").run(fromID, mention)
        }
        let vias = try connection.prepare("SELECT mention_id, position, name FROM mention_via WHERE source_id = ?")
            .rows([intoID]) { ($0.int64(0), $0.int64(1), $0.string(2)) }
        for (mention, position, name) in vias where names.key(name, kind: .outlet) == from.key {
            try connection.prepare("UPDATE mention_via SET source_id = ? WHERE mention_id = ? AND position = ?")
                .run(fromID, mention, position)
        }
        let aliases = try connection.prepare("SELECT alias FROM source_alias WHERE source_id = ?").rows([intoID]) {
            $0.string(0)
        }
        for alias in aliases where names.key(alias, kind: from.kind) == from.key || alias == from.name {
            try connection.prepare("DELETE FROM source_alias WHERE source_id = ? AND alias = ?").run(intoID, alias)
            try connection.prepare("INSERT OR IGNORE INTO source_alias(source_id, alias) VALUES (?, ?)")
                .run(fromID, alias)
        }
        try markDirty(Set(touched))
    }

    /// Claims with a mention from id `since` on whose speaker, via or origin is the source.
    private func claims(citing source: Int64, since: Int64) throws -> [Int64] {
        try connection.prepare(
            """
            SELECT DISTINCT claim_id FROM mention
            WHERE id >= ? AND (speaker_source_id = ? OR origin_source_id = ?
                OR id IN (SELECT mention_id FROM mention_via WHERE source_id = ?))
            """
        ).rows([since, source, source, source]) { $0.int64(0) }
    }
}
