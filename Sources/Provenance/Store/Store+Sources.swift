/// Sources: canonical names, aliases as written, and analysts' grades.
extension Store {
    /// The id of the source a name refers to, creating it (and recording the
    /// alias as written) when it is new.
    ///
    /// An origin is a canonical name that prov derived, not one an article wrote: it passes no
    /// `alias`, and its name is recorded as one only when it makes the source. Otherwise tracing a
    /// claim from the store added aliases that the same claim traced during its import did not.
    func sourceID(named name: String, kind: SourceKind, alias: String?) throws -> Int64 {
        let key = names.key(name, kind: kind)
        if let id = sourceIDs[key] { return id }
        let found = try connection.prepare("SELECT id FROM source WHERE key = ?").rows([key]) { $0.int64(0) }.first
        let id: Int64
        var recorded = alias
        if let found {
            id = found
        } else {
            try connection.prepare("INSERT INTO source(key, name, kind) VALUES (?, ?, ?)")
                .run(key, names.canonical(name, kind: kind), kind.rawValue)
            id = connection.lastInsertedRowID
            recorded = alias ?? name
        }
        if let recorded {
            try connection.prepare("INSERT OR IGNORE INTO source_alias(source_id, alias) VALUES (?, ?)").run(
                id, recorded)
        }
        sourceIDs[key] = id
        return id
    }

    /// The id of the source whose canonical key is `key`, if stored.
    func sourceID(key: String) throws -> Int64? {
        if let id = sourceIDs[key] { return id }
        return try connection.prepare("SELECT id FROM source WHERE key = ?").rows([key]) { $0.int64(0) }.first
    }

    /// Every source, with how often it is cited and of how many claims it is an origin.
    public func sources() throws -> [Source] {
        try corroborateDirtyClaims()
        let aliases = Dictionary(
            grouping: try connection.prepare("SELECT source_id, alias FROM source_alias ORDER BY alias")
                .rows { ($0.int64(0), $0.string(1)) },
            by: \.0
        ).mapValues { $0.map(\.1) }
        return try connection.prepare(
            """
            SELECT s.id, s.name, s.kind, s.reliability,
                   (SELECT count(*) FROM mention m WHERE m.speaker_source_id = s.id),
                   (SELECT count(DISTINCT m.claim_id) FROM mention m
                     WHERE m.origin_source_id = s.id AND m.stance = 'asserts')
            FROM source s ORDER BY 6 DESC, 5 DESC, s.name
            """
        ).rows { row in
            Source(
                id: row.int64(0), name: row.string(1), kind: SourceKind(rawValue: row.string(2)) ?? .unknown,
                aliases: aliases[row.int64(0)] ?? [], reliability: row.text(3), mentionCount: row.int(4),
                originOfClaims: row.int(5))
        }
    }
}
