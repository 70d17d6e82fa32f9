/// Reading articles, and full-text search over mentions and articles.
extension Store {
    static let articleColumns = """
        a.id, a.path, a.sha256, a.title, a.outlet, a.url, a.published, a.credits,
        (SELECT count(*) FROM mention x WHERE x.article_id = a.id),
        (SELECT g.group_id FROM article_copy_group g WHERE g.article_id = a.id)
        """

    static func article(_ row: Statement) -> Article {
        Article(
            id: row.int64(0), path: row.string(1), sha256: row.string(2), title: row.text(3), outlet: row.text(4),
            url: row.text(5), published: row.text(6), credits: JSONText.parseArray(row.string(7)),
            mentionCount: row.int(8), copyOf: row.optionalInt64(9))
    }

    /// Every current article (superseded versions left out), in import order.
    public func articles() throws -> [Article] {
        try connection.prepare(
            "SELECT \(Self.articleColumns) FROM article a WHERE a.superseded_by IS NULL ORDER BY a.id"
        ).rows(Self.article)
    }

    /// The articles with the given ids.
    func articles(ids: Set<Int64>) throws -> [Article] {
        guard !ids.isEmpty else { return [] }
        return try connection.prepare(
            "SELECT \(Self.articleColumns) FROM article a WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id"
        ).rows(["[" + ids.sorted().map(String.init).joined(separator: ",") + "]"], Self.article)
    }

    /// The SHA-256 of every current article's bytes: an import need not extract a file
    /// whose bytes are already here.
    public func contentHashes() throws -> Set<String> {
        Set(try connection.prepare("SELECT sha256 FROM article WHERE superseded_by IS NULL").rows { $0.string(0) })
    }

    /// The article's full text as imported. Throws ``ProvenanceError/articleNotFound(id:)``.
    public func articleText(_ id: Int64) throws -> String {
        guard
            let text = try connection.prepare("SELECT text FROM article WHERE id = ?").rows([id], { $0.string(0) })
                .first
        else { throw ProvenanceError.articleNotFound(id: id) }
        return text
    }

    /// How many current articles, mentions, claims and sources the store holds.
    public func counts() throws -> (articles: Int, mentions: Int, claims: Int, sources: Int) {
        try connection.prepare(
            """
            SELECT (SELECT count(*) FROM article WHERE superseded_by IS NULL), (SELECT count(*) FROM mention),
                   (SELECT count(*) FROM claim), (SELECT count(*) FROM source)
            """
        ).rows { ($0.int(0), $0.int(1), $0.int(2), $0.int(3)) }.first ?? (0, 0, 0, 0)
    }

    /// Full-text search over mention sentences and article texts, best first.
    /// What the user typed is searched word by word, never parsed as FTS5 syntax.
    public func search(_ words: String, limit: Int = 50) throws -> [SearchHit] {
        guard let query = FullTextQuery(userInput: words) else { return [] }
        return try search(query, limit: limit)
    }

    /// Full-text search for `query`, best first: mentions with their hits marked, articles with a
    /// window of their text around the hits (``SearchSnippet``, linear in the article's length).
    public func search(_ query: FullTextQuery, limit: Int = 50) throws -> [SearchHit] {
        let mentions = try connection.prepare(
            """
            SELECT m.id, m.claim_id, m.article_id, a.path, highlight(mention_fts, 0, '[', ']')
            FROM mention_fts JOIN mention m ON m.id = mention_fts.rowid JOIN article a ON a.id = m.article_id
            WHERE mention_fts MATCH ? ORDER BY rank LIMIT ?
            """
        ).rows([query.expression, limit]) { row in
            SearchHit(
                kind: .mention, id: row.int64(0), claimID: row.int64(1), articleID: row.int64(2),
                articlePath: row.string(3), snippet: row.string(4))
        }
        let articles = try connection.prepare(
            """
            SELECT a.id, a.path, a.text
            FROM article_fts JOIN article a ON a.id = article_fts.rowid
            WHERE article_fts MATCH ? AND a.superseded_by IS NULL ORDER BY rank LIMIT ?
            """
        ).rows([query.expression, limit]) { row in
            (id: row.int64(0), path: row.string(1), text: row.string(2))
        }.map { article in
            SearchHit(
                kind: .article, id: article.id, claimID: nil, articleID: article.id, articlePath: article.path,
                snippet: try snippet(of: article.text, for: query))
        }
        return mentions + articles
    }
}
