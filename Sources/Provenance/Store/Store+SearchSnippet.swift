/// Article snippets for `prov search`, in time linear in the article's length.
///
/// FTS5's `snippet()` scores every window against every hit, and `highlight()` regrows its output
/// at every hit, so both grow with the square of the hits: an article of 40,000 short lines that
/// matched on every line took 15–20 s. Here the article is cut into pieces of a few lines
/// (``SearchSnippet/pieces(of:)``), the pieces go into a temporary FTS5 table with the store's
/// tokenizer, FTS5 ranks them, and only the best piece is highlighted and cut to a window.
extension Store {
    func snippet(of text: String, for query: FullTextQuery) throws -> String {
        try connection.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_piece USING fts5(text, tokenize = 'porter unicode61')")
        try connection.execute("DELETE FROM temp.search_piece")
        let pieces = SearchSnippet.pieces(of: text)
        let insert = try connection.prepare("INSERT INTO temp.search_piece(rowid, text) VALUES (?, ?)")
        for (index, piece) in pieces.enumerated() { try insert.run(Int64(index), String(piece)) }
        // All the words in one piece, else the piece with the most of them (the hits may be apart).
        for expression in [query.expression, query.words.map(FullTextQuery.quoted).joined(separator: " OR ")] {
            let best = try connection.prepare(
                """
                SELECT rowid, highlight(search_piece, 0, char(57344), char(57345)) FROM temp.search_piece
                WHERE search_piece MATCH ? ORDER BY rank LIMIT 1
                """
            ).rows([expression]) { ($0.int(0), $0.string(1)) }.first
            if let (index, highlighted) = best {
                return SearchSnippet.cut(
                    highlighted, textBefore: index > 0, textAfter: index < pieces.count - 1)
            }
        }
        // The words matched the title only: the text's beginning.
        return SearchSnippet.cut(pieces.first.map(String.init) ?? "", textBefore: false, textAfter: pieces.count > 1)
    }
}
