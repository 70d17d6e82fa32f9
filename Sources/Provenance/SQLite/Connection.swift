import CSQLite

/// Tells SQLite to copy a bound buffer before the bind call returns.
/// The C macro `SQLITE_TRANSIENT` is a cast, so Swift cannot import it.
let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One open SQLite database connection.
///
/// A connection is not thread-safe: create it, use it and drop it in
/// one task. It closes itself on `deinit`.
final class Connection {
    let handle: OpaquePointer
    /// Prepared statements kept for reuse, keyed by their SQL.
    private var cache: [String: Statement] = [:]
    /// Statements of SQL written as literals, by the literal's address: hashing the text of a
    /// long INSERT on every row was a visible part of an import.
    private var literalCache: [UnsafeRawPointer: Statement] = [:]

    /// Opens (creating if needed) the database at `path`; `":memory:"`
    /// gives a private in-memory database. A `readOnly` connection never creates or writes the file.
    /// An `immutable` one (read-only too) also takes no locks and reads no `-wal` or `-shm` file: only
    /// for a file nobody can write (see ``reading(_:)``).
    init(path: String, readOnly: Bool = false, immutable: Bool = false) throws {
        var handle: OpaquePointer?
        var flags =
            (readOnly || immutable ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX
        var name = path
        if immutable {
            // https://www.sqlite.org/uri.html: '%', '?' and '#' would end or escape the file name.
            name =
                "file:" + path.replacing("%", with: "%25").replacing("?", with: "%3f").replacing("#", with: "%23")
                + "?immutable=1"
            flags |= SQLITE_OPEN_URI
        }
        let code = sqlite3_open_v2(name, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            // SQLite hands back a handle even on failure; it must be closed.
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot allocate a connection"
            sqlite3_close_v2(handle)
            throw SQLiteError(code: code, message: message, sql: nil)
        }
        self.handle = handle
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, 5_000)
        var now: Int32 = 0
        csqlite_db_config_bool(handle, SQLITE_DBCONFIG_DQS_DML, 0, &now)
        csqlite_db_config_bool(handle, SQLITE_DBCONFIG_DQS_DDL, 0, &now)
        try execute("PRAGMA foreign_keys = ON")
    }

    /// A read-only connection to the database at `path` that works on a read-only medium too.
    ///
    /// Why: a read-only connection to a WAL database needs its `-shm` file, and makes it when it
    /// is missing (https://www.sqlite.org/wal.html#readonly). Where it cannot (a read-only file
    /// system, a folder the user may not write), the first read fails with `SQLITE_CANTOPEN`;
    /// then no process can be writing there either, and the file is opened `immutable`.
    static func reading(_ path: String) throws -> Connection {
        let connection = try Connection(path: path, readOnly: true)
        do {
            try connection.execute("SELECT count(*) FROM sqlite_master")
            return connection
        } catch let error as SQLiteError where error.primaryCode == SQLITE_CANTOPEN {
            return try Connection(path: path, immutable: true)
        }
    }

    deinit {
        literalCache.removeAll()
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// Runs one or more `;`-separated statements that take no arguments,
    /// such as the contents of `schema.sql`.
    func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        defer { sqlite3_free(errorMessage) }
        guard code == SQLITE_OK else {
            let message = errorMessage.map { String(cString: $0) } ?? lastErrorMessage
            throw SQLiteError(code: sqlite3_extended_errcode(handle), message: message, sql: sql)
        }
    }

    /// A prepared statement for `sql`, reused across calls; running it resets and binds it.
    func prepare(_ sql: String) throws -> Statement {
        if let statement = cache[sql] { return statement }
        let statement = try Statement(connection: self, sql: sql)
        cache[sql] = statement
        return statement
    }

    /// ``prepare(_:)`` for SQL written as a literal, cached by the literal's address.
    func prepare(literal sql: StaticString) throws -> Statement {
        let key = UnsafeRawPointer(sql.utf8Start)
        if let statement = literalCache[key] { return statement }
        let statement = try prepare(sql.description)
        literalCache[key] = statement
        return statement
    }

    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`, rolling back and
    /// rethrowing if it throws.
    func transaction<Value>(_ body: () throws -> Value) throws -> Value {
        try execute("BEGIN IMMEDIATE")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    var changes: Int { Int(sqlite3_changes(handle)) }

    func error(_ code: Int32, sql: String?) -> SQLiteError {
        SQLiteError(code: sqlite3_extended_errcode(handle), message: lastErrorMessage, sql: sql)
    }
}

// A connection must not cross tasks: say so explicitly.
@available(*, unavailable)
extension Connection: Sendable {}
