import CSQLite

/// The provenance database: one SQLite file holding articles, sources,
/// mentions and claims, with the corroboration of each claim kept current.
///
/// A store owns one connection and is confined to the task that made it.
///
/// ```swift
/// let store = try Store(path: "prov.sqlite")
/// let circular = try store.claims(ClaimFilter(circular: true))
/// ```
public final class Store {
    let connection: Connection
    /// Source ids by canonical key, filled lazily during imports.
    var sourceIDs: [String: Int64] = [:]
    /// What origin tracing needs of each article, by id, read once: the row's text comes
    /// before its credits, so reading them from the row walks the text's overflow pages.
    var articleFacts: [Int64: ArticleEvidence] = [:]
    /// Canonical names and keys already computed.
    let names = SourceNameCache()
    /// The store's write lock, when ``openForWriting(path:mode:whileWaiting:)`` opened it: held
    /// as long as the store is open.
    var writeLock: StoreWriteLock?
    /// Whether the store was opened with ``OpenMode/readOnly``: its reads trace nothing.
    public let isReadOnly: Bool

    /// Whether opening may make a new store.
    public enum OpenMode: Sendable {
        /// Only a prov store that exists is opened: what every command but `import` needs.
        case existing
        /// A new or empty file becomes a store: what `import` needs.
        case createIfNeeded
        /// Only a prov store that exists, on a read-only connection: what the commands that only
        /// read need. Nothing is written (not even an upgrade, or the tracing of claims an
        /// interrupted import left dirty: reads answer from what is committed), so a store on a
        /// read-only medium can be read, and a read never waits for a writer.
        case readOnly
    }

    /// Opens the prov store at `path`, upgrading it if an older `prov` made it, or creates one in
    /// a new or empty file when `mode` allows; `":memory:"` gives a private in-memory store.
    ///
    /// The file is checked on a read-only connection first: a file that is not a prov store (another
    /// program's database, or not SQLite at all) throws ``ProvenanceError/notAProvDatabase(path:)``
    /// with its bytes untouched, and with ``OpenMode/existing`` a missing or empty file throws
    /// ``ProvenanceError/noSuchStore(path:)`` without creating anything.
    public init(path: String, mode: OpenMode = .createIfNeeded) throws {
        try Self.check(path, mode: mode)
        isReadOnly = mode == .readOnly
        do {
            connection = isReadOnly ? try Connection.reading(path) : try Connection(path: path)
        } catch let error as SQLiteError {
            throw ProvenanceError.invalidArgument(
                "cannot open the database at \(path): \(error.message) (does its folder exist, and may you write there?)"
            )
        }
        if isReadOnly {
            try openForReading(path: path)
            return
        }
        do {
            if path != ":memory:" {
                // 8 KB pages (for a new file; an existing one keeps its own): an article's text
                // fits one page instead of an overflow chain, and B-trees split less (import of
                // the 10,000-article corpus about 3 % faster than with 4 KB; 16 KB was slower).
                try connection.execute("PRAGMA page_size = 8192")
                try connection.execute("PRAGMA journal_mode = WAL")
                // Checkpoint every 32 MB of log instead of 4 MB: a bulk import rewrites the same
                // index pages batch after batch, and each checkpoint copied them again (measured:
                // commits 2.2 s → 1.8 s on the 10,000-article import).
                try connection.execute("PRAGMA wal_autocheckpoint = 8192")
            }
            try connection.execute("PRAGMA synchronous = NORMAL")
            // A bigger page cache (64 MB) and in-memory temporaries: bulk imports touch
            // the same index pages again and again.
            try connection.execute("PRAGMA cache_size = -65536")
            try connection.execute("PRAGMA temp_store = MEMORY")
            try migrate()
            try restoreMentionIndexes()
            try loadSourceMerges()
        } catch let error as SQLiteError where error.primaryCode == SQLITE_NOTADB {
            throw ProvenanceError.notAProvDatabase(path: path)
        }
    }

    /// The schema version the file is at (`PRAGMA user_version`).
    public func schemaVersion() throws -> Int32 {
        try connection.prepare("PRAGMA user_version").rows { Int32($0.int64(0)) }.first ?? 0
    }

    /// The pragmas and checks a read-only store needs; the schema must be this prov's.
    private func openForReading(path: String) throws {
        do {
            try connection.execute("PRAGMA cache_size = -65536")
            try connection.execute("PRAGMA temp_store = MEMORY")
            let current = try schemaVersion()
            if current > Schema.version { throw Self.newerSchema(current) }
            if current < Schema.version {
                throw ProvenanceError.invalidArgument(
                    "\(path) was made by an older prov (schema \(current)) and a read does not upgrade it: "
                        + "run 'prov import --db \(path)' once to upgrade it")
            }
            try loadSourceMerges()
        } catch let error as SQLiteError where error.primaryCode == SQLITE_NOTADB {
            throw ProvenanceError.notAProvDatabase(path: path)
        }
    }

    static func newerSchema(_ version: Int32) -> ProvenanceError {
        .invalidArgument(
            "the database was written by a newer prov (schema \(version), this prov knows \(Schema.version))")
    }

    private func migrate() throws {
        let current = try schemaVersion()
        if current > Schema.version { throw Self.newerSchema(current) }
        guard current < Schema.version else { return }
        try connection.transaction {
            // Read again under the write lock: another connection may have made or upgraded the
            // store since (without this, two processes making one store both ran the schema).
            let current = try schemaVersion()
            guard current < Schema.version else { return }
            if current == 0 {
                try connection.execute(Schema.sql)
            } else {
                for step in try Migrations.steps(from: current) { try connection.execute(step) }
                // A step may edit table text in sqlite_master: the cookie tells every connection
                // (this one too) to read the schema again.
                let cookie = try connection.prepare("PRAGMA schema_version").rows { $0.int64(0) }.first ?? 0
                try connection.execute("PRAGMA schema_version = \(cookie + 1)")
            }
            try connection.execute("PRAGMA user_version = \(Schema.version)")
        }
    }
}

@available(*, unavailable)
extension Store: Sendable {}
