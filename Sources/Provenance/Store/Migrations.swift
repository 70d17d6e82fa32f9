/// The steps that bring an older store up to ``Schema/version``, so that a database made by an
/// earlier `prov` keeps its articles, claims and grades instead of being rebuilt.
///
/// A new store runs ``Schema/sql`` whole; an older one runs the steps after its version, in
/// order. A test builds a version-1 file from the old schema text, migrates it, and checks that
/// its tables and views are exactly those of a new store.
enum Migrations {
    /// The SQL that takes a store from version `n` to `n + 1`, by `n`.
    static let steps: [Int32: String] = [
        1: #"""
        CREATE TABLE decision (
            id         INTEGER PRIMARY KEY,
            kind       TEXT NOT NULL CHECK (kind IN ('claim-merge', 'claim-split', 'claim-text', 'mention-attribution',
                                                      'source-merge', 'source-grade')),
            arguments  TEXT NOT NULL CHECK (json_valid(arguments)),  -- JSON object of stable keys
            note       TEXT,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            undone_at  TEXT
        ) STRICT;
        """#,
        2: #"""
        -- Borderline matches: a mention that came close to stating another claim than the one it joined.
        -- `prov claims --suggested` lists them by pair of claims, for an analyst to merge or keep apart.
        CREATE TABLE suggestion (
            mention_id INTEGER NOT NULL REFERENCES mention(id) ON DELETE CASCADE,
            claim_id   INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
            score      REAL NOT NULL,
            PRIMARY KEY (mention_id, claim_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX suggestion_claim ON suggestion(claim_id);

        -- Figure series: a claim that restates an earlier claim with other figures ("11 troops were
        -- injured", later "34 troops…"), found at import; `prov claim ID` shows the count as it evolved.
        CREATE TABLE claim_series (
            claim_id   INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
            related_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
            PRIMARY KEY (claim_id, related_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX claim_series_related ON claim_series(related_id);

        -- Pairs of claims an analyst kept apart, each named by a member mention's key (JSON, as in decision).
        CREATE TABLE kept_apart (
            first      TEXT NOT NULL CHECK (json_valid(first)),
            second     TEXT NOT NULL CHECK (json_valid(second)),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            PRIMARY KEY (first, second)
        ) STRICT, WITHOUT ROWID;
        """#,
        3: #"""
        CREATE TABLE article_scoop (
            article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
            outlet     TEXT NOT NULL CHECK (outlet <> '')
        ) STRICT;
        CREATE TABLE article_sketch (
            article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
            sketch     BLOB NOT NULL
        ) STRICT;
        CREATE TABLE article_copy_group (
            article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
            group_id   INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            similarity REAL NOT NULL CHECK (similarity BETWEEN 0 AND 1)
        ) STRICT;
        CREATE INDEX article_copy_group_group ON article_copy_group(group_id);
        """#,
        4: checksWithoutInLists,
    ]

    /// Step 4: the mention table's kind and stance checks become OR chains, and the full-text
    /// indexes buffer more and merge their segments only when many pile up (see schema.sql).
    ///
    /// SQLite cannot alter a CHECK constraint; its documented way for a change that leaves every
    /// stored row valid is to edit the table's text in `sqlite_master` with `writable_schema`
    /// (and move the schema cookie on, which ``Store`` does after every migration). Rebuilding
    /// the table instead would copy every mention, and dropping it would cascade to their rows.
    static let checksWithoutInLists: String = {
        let speakerKind = (
            old: "CHECK (speaker_kind IN ('outlet', 'person', 'organization', 'anonymous', 'document', 'unknown'))",
            new: "CHECK (speaker_kind = 'outlet' OR speaker_kind = 'person' OR speaker_kind = 'organization'\n"
                + String(repeating: " ", count: 34)
                + "OR speaker_kind = 'anonymous' OR speaker_kind = 'document' OR speaker_kind = 'unknown')"
        )
        let stance = (
            old: "CHECK (stance IN ('asserts', 'denies', 'disputes'))",
            new: "CHECK (stance = 'asserts' OR stance = 'denies' OR stance = 'disputes')"
        )
        func literal(_ text: String) -> String { "'" + text.replacing("'", with: "''") + "'" }
        return """
            PRAGMA writable_schema = ON;
            UPDATE sqlite_master
            SET sql = replace(replace(sql, \(literal(speakerKind.old)), \(literal(speakerKind.new))),
                              \(literal(stance.old)), \(literal(stance.new)))
            WHERE type = 'table' AND name = 'mention';
            PRAGMA writable_schema = OFF;
            INSERT INTO mention_fts(mention_fts, rank) VALUES ('automerge', 0);
            INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', 0);
            INSERT INTO mention_fts(mention_fts, rank) VALUES ('hashsize', 16777216);
            INSERT INTO article_fts(article_fts, rank) VALUES ('hashsize', 16777216);
            """
    }()

    /// The steps from `version` to the current one, in order; throws when one is missing.
    static func steps(from version: Int32) throws -> [String] {
        try (version..<Schema.version).map { step in
            guard let sql = steps[step] else {
                throw ProvenanceError.invalidArgument(
                    "cannot upgrade a prov database from schema \(step); re-import its articles into a new one")
            }
            return sql
        }
    }
}
