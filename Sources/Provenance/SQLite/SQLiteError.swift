import CSQLite

/// An error reported by SQLite, carrying the statement that caused it.
///
/// `code` is the *extended* result code (for example 2067,
/// `SQLITE_CONSTRAINT_UNIQUE`); ``primaryCode`` folds it to its family.
public struct SQLiteError: Error, Equatable, Sendable {
    public var code: Int32
    public var message: String
    public var sql: String?

    /// The primary result code: the low 8 bits of ``code``.
    public var primaryCode: Int32 { code & 0xFF }

    /// Whether a UNIQUE, NOT NULL, CHECK or FOREIGN KEY constraint failed.
    public var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }

    /// Whether the database file was busy or locked by another connection.
    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }

    /// Whether the disk (or a quota) is full.
    public var isDiskFull: Bool { primaryCode == SQLITE_FULL }

    /// Whether the file, or its folder, may not be written.
    public var isReadOnly: Bool { primaryCode == SQLITE_READONLY || primaryCode == SQLITE_PERM }
}

extension SQLiteError: CustomStringConvertible {
    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql { text += " (while running: \(sql.prefix(200)))" }
        return text
    }
}
