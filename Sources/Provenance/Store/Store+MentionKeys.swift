/// Turning mentions into ``MentionKey``s and back, so that decisions name mentions by what a
/// re-import keeps (file, offsets, text) rather than by row ids.
extension Store {
    /// The key of a stored mention. Throws ``ProvenanceError/mentionNotFound(id:)``.
    func mentionKey(_ id: Int64) throws -> MentionKey {
        let key = try connection.prepare(
            """
            SELECT a.path, a.sha256, m.start, m.end, m.exact, m.content
            FROM mention m JOIN article a ON a.id = m.article_id WHERE m.id = ?
            """
        ).rows([id]) {
            MentionKey(
                path: $0.string(0), sha256: $0.string(1), start: $0.int(2), end: $0.int(3), exact: $0.string(4),
                content: $0.string(5))
        }.first
        guard let key else { throw ProvenanceError.mentionNotFound(id: id) }
        return key
    }

    /// The key of one mention of a claim, its first: a claim is named by a member.
    func memberKey(claim id: Int64) throws -> MentionKey {
        guard
            let first = try connection.prepare("SELECT min(id) FROM mention WHERE claim_id = ?").rows(
                [id],
                {
                    $0.optionalInt64(0)
                }
            ).first ?? nil
        else { throw ProvenanceError.claimNotFound(id: id) }
        return try mentionKey(first)
    }

    /// The mention a key names now, or nil when it is gone (its sentence was edited out).
    ///
    /// Tried in order: the current version of the file at the key's path, same offsets; the same
    /// text there, nearest the old offsets (text was added or removed before it); the article
    /// with the key's bytes, wherever it lies now. Where one span carries several mentions, the
    /// one with the key's content wins.
    func resolve(_ key: MentionKey) throws -> (mention: Int64, claim: Int64)? {
        let sameSpan = try connection.prepare(
            """
            SELECT m.id, m.claim_id FROM mention m JOIN article a ON a.id = m.article_id
            WHERE a.path = ? AND a.superseded_by IS NULL AND m.start = ? AND m.end = ?
            ORDER BY m.content = ? DESC, m.id LIMIT 1
            """
        ).rows([key.path, key.start, key.end, key.content]) { ($0.int64(0), $0.int64(1)) }
        if let found = sameSpan.first { return found }
        let sameText = try connection.prepare(
            """
            SELECT m.id, m.claim_id FROM mention m JOIN article a ON a.id = m.article_id
            WHERE a.path = ? AND a.superseded_by IS NULL AND m.exact = ?
            ORDER BY m.content = ? DESC, abs(m.start - ?), m.id LIMIT 1
            """
        ).rows([key.path, key.exact, key.content, key.start]) { ($0.int64(0), $0.int64(1)) }
        if let found = sameText.first { return found }
        return try connection.prepare(
            """
            SELECT m.id, m.claim_id FROM mention m JOIN article a ON a.id = m.article_id
            WHERE a.sha256 = ? AND m.start = ? AND m.end = ?
            ORDER BY m.content = ? DESC, m.id LIMIT 1
            """
        ).rows([key.sha256, key.start, key.end, key.content]) { ($0.int64(0), $0.int64(1)) }.first
    }
}
