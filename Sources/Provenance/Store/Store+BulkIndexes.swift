/// The first import into an empty store writes every mention at once (2.4 million for a
/// hundred thousand articles). Keeping the mention table's four secondary indexes current row by
/// row costs more than building each once, sorted, when the rows are in; and once the store
/// outgrows the page cache, every row's index entries land on random pages. So an import into a
/// store without mentions drops them and builds them again when it ends. Nothing reads them
/// meanwhile: the import's writes go by primary key. A run that stops in between leaves them
/// missing, and opening the store builds whichever is missing.
extension Store {
    /// The indexes built after a bulk import, as `schema.sql` creates them.
    static let bulkIndexes: [(name: String, sql: String)] = [
        ("mention_article", "CREATE INDEX mention_article ON mention(article_id)"),
        ("mention_claim", "CREATE INDEX mention_claim ON mention(claim_id)"),
        ("mention_speaker", "CREATE INDEX mention_speaker ON mention(speaker_source_id)"),
        ("mention_origin", "CREATE INDEX mention_origin ON mention(origin_source_id)"),
    ]

    /// Drops the mention indexes when the store holds no mention yet; whether it did.
    func suspendMentionIndexesIfEmpty() throws -> Bool {
        guard try connection.prepare("SELECT 1 FROM mention LIMIT 1").rows({ _ in true }).isEmpty else { return false }
        try connection.transaction {
            for index in Self.bulkIndexes { try connection.execute("DROP INDEX IF EXISTS \(index.name)") }
        }
        return true
    }

    /// Builds whichever mention index is missing.
    func restoreMentionIndexes() throws {
        let present = Set(
            try connection.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").rows { $0.string(0) })
        let missing = Self.bulkIndexes.filter { !present.contains($0.name) }
        guard !missing.isEmpty else { return }
        try connection.transaction {
            for index in missing { try connection.execute(index.sql) }
        }
    }
}
