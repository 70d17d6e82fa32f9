/// The store's schema, embedded so that `prov` is one self-contained binary.
///
/// `schema.sql` at the package root is the reviewed copy of ``sql``; a test
/// keeps the two identical.
enum Schema {
    static let version: Int32 = 5
    static let sql = #"""
        -- prov store, schema version 5. Plain names so that sqlite3 and Datasette users can read it.
        -- Offsets (start, end, *_start, *_end) are Unicode code points into article.text, end exclusive.
        CREATE TABLE article (
            id            INTEGER PRIMARY KEY,
            path          TEXT NOT NULL,
            sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
            title         TEXT,
            outlet        TEXT,
            url           TEXT,
            published     TEXT,
            text          TEXT NOT NULL,
            credits       TEXT NOT NULL DEFAULT '[]',  -- JSON array: outlets the article credits for its story
            imported_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            superseded_by INTEGER REFERENCES article(id) ON DELETE SET NULL
        ) STRICT;
        CREATE UNIQUE INDEX article_path_sha256 ON article(path, sha256);
        CREATE INDEX article_sha256 ON article(sha256);

        -- The outlet an article says broke its story first ("Politico first broke this story", "Reuters
        -- was first to report that"): another outlet's report in that article follows the scoop (origin rule 2).
        CREATE TABLE article_scoop (
            article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
            outlet     TEXT NOT NULL CHECK (outlet <> '')
        ) STRICT;

        -- Near-duplicate articles (wire copy, syndication, scraped reposts). Each article's sketch holds the
        -- smallest hashes of its five-word runs; an article found to copy an earlier-imported one joins that
        -- one's copy group (group_id: the group's first article). Copies are one report (origin rule 4).
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

        -- The same bytes found again at another path: recorded, not analysed twice.
        CREATE TABLE article_copy (
            path       TEXT PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE
        ) STRICT;

        CREATE TABLE source (
            id          INTEGER PRIMARY KEY,
            key         TEXT NOT NULL UNIQUE,              -- case-folded canonical name
            name        TEXT NOT NULL CHECK (name <> ''),  -- canonical name
            kind        TEXT NOT NULL CHECK (kind IN ('outlet', 'person', 'organization', 'anonymous', 'document', 'unknown')),
            reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'))
        ) STRICT;

        CREATE TABLE source_alias (
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            alias     TEXT NOT NULL,
            PRIMARY KEY (source_id, alias)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE claim (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: a claim index may still name a deleted claim
            text          TEXT NOT NULL CHECK (text <> ''),
            article_count INTEGER NOT NULL DEFAULT 0,
            origin_count  INTEGER NOT NULL DEFAULT 0,
            circular      INTEGER NOT NULL DEFAULT 0,
            contested     INTEGER NOT NULL DEFAULT 0,
            unsourced     INTEGER NOT NULL DEFAULT 0,
            credibility   INTEGER CHECK (credibility BETWEEN 1 AND 6),
            first_seen    TEXT,
            dirty         INTEGER NOT NULL DEFAULT 1  -- mentions changed since corroboration was computed
        ) STRICT;
        CREATE INDEX claim_dirty ON claim(id) WHERE dirty = 1;

        -- Kinds and stances are checked with OR rather than IN: SQLite builds a temporary index for an
        -- IN list each time it checks a row, which was a tenth of writing an import's mentions.
        CREATE TABLE mention (
            id                INTEGER PRIMARY KEY,
            article_id        INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            claim_id          INTEGER NOT NULL REFERENCES claim(id),
            start             INTEGER NOT NULL CHECK (start >= 0),
            end               INTEGER NOT NULL CHECK (end > start),
            exact             TEXT NOT NULL CHECK (exact <> ''),
            prefix            TEXT NOT NULL,
            suffix            TEXT NOT NULL,
            content           TEXT NOT NULL,
            signature         TEXT NOT NULL,
            speaker           TEXT,
            speaker_source_id INTEGER REFERENCES source(id),
            speaker_kind      TEXT CHECK (speaker_kind = 'outlet' OR speaker_kind = 'person' OR speaker_kind = 'organization'
                                          OR speaker_kind = 'anonymous' OR speaker_kind = 'document' OR speaker_kind = 'unknown'),
            speaker_start     INTEGER,
            speaker_end       INTEGER,
            cue               TEXT,
            cue_start         INTEGER,
            cue_end           INTEGER,
            stance            TEXT NOT NULL CHECK (stance = 'asserts' OR stance = 'denies' OR stance = 'disputes'),
            hedged            INTEGER NOT NULL DEFAULT 0,
            rule              TEXT NOT NULL,
            origin            TEXT,
            origin_source_id  INTEGER REFERENCES source(id),
            origin_rule       TEXT
        ) STRICT;
        CREATE INDEX mention_article ON mention(article_id);
        CREATE INDEX mention_claim ON mention(claim_id);
        CREATE INDEX mention_speaker ON mention(speaker_source_id);
        CREATE INDEX mention_origin ON mention(origin_source_id);

        -- The via chain of a mention, nearest intermediary first (position 0).
        CREATE TABLE mention_via (
            mention_id INTEGER NOT NULL REFERENCES mention(id) ON DELETE CASCADE,
            position   INTEGER NOT NULL,
            name       TEXT NOT NULL,
            source_id  INTEGER REFERENCES source(id),
            PRIMARY KEY (mention_id, position)
        ) STRICT, WITHOUT ROWID;

        -- Analysts' corrections (merge, split, wording, speaker, source merge, grade), kept as decisions so
        -- that an import replays them: arguments name mentions by article path, sha256, offsets and text
        -- and sources by key, never by ids that a re-import changes. An undone decision keeps its row.
        CREATE TABLE decision (
            id         INTEGER PRIMARY KEY,
            kind       TEXT NOT NULL CHECK (kind IN ('claim-merge', 'claim-split', 'claim-text', 'mention-attribution',
                                                      'source-merge', 'source-grade')),
            arguments  TEXT NOT NULL CHECK (json_valid(arguments)),  -- JSON object of stable keys
            note       TEXT,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            undone_at  TEXT
        ) STRICT;

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

        -- Full text over mentions and articles; bulk import writes these explicitly.
        CREATE VIRTUAL TABLE mention_fts USING fts5(
            exact, content = 'mention', content_rowid = 'id', tokenize = 'porter unicode61'
        );
        CREATE VIRTUAL TABLE article_fts USING fts5(
            title, text, content = 'article', content_rowid = 'id', tokenize = 'porter unicode61'
        );

        -- Segments merge when 16 pile up on one level (FTS5's crisis merge), not a little after every
        -- write, and a batch's postings are buffered up to 16 MB before they become a segment (1 MB by
        -- default): an import merged the same postings again batch after batch, and flushed a batch's
        -- articles in pieces (the 10k bench's full-text work in sqlite3: 2.3 s → 1.3 s of CPU).
        -- Searches read a few more segments.
        INSERT INTO mention_fts(mention_fts, rank) VALUES ('automerge', 0);
        INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', 0);
        INSERT INTO mention_fts(mention_fts, rank) VALUES ('hashsize', 16777216);
        INSERT INTO article_fts(article_fts, rank) VALUES ('hashsize', 16777216);

        CREATE VIEW claim_summary AS
        SELECT c.id, c.text, c.article_count, c.origin_count, c.circular, c.contested, c.unsourced,
               c.credibility, c.first_seen,
               (SELECT count(*) FROM mention m WHERE m.claim_id = c.id) AS mention_count
        FROM claim c;

        CREATE VIEW mention_detail AS
        SELECT m.id, m.claim_id, m.article_id, a.path AS article_path, a.outlet AS article_outlet,
               a.published AS article_published, m.exact, m.speaker, m.speaker_kind, m.cue, m.stance,
               m.hedged, m.origin, m.origin_rule, m.rule
        FROM mention m JOIN article a ON a.id = m.article_id;
        """#
}
