import CSQLite

/// A prepared SQLite statement, bound and stepped by its connection's owner.
final class Statement {
    let handle: OpaquePointer
    let sql: String
    private unowned let connection: Connection

    init(connection: Connection, sql: String) throws {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v3(connection.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard code == SQLITE_OK else { throw connection.error(code, sql: sql) }
        // Blank or comment-only SQL prepares to SQLITE_OK with no statement.
        guard let handle else { throw SQLiteError(code: SQLITE_MISUSE, message: "no SQL statement", sql: sql) }
        self.handle = handle
        self.sql = sql
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds `values` to the statement's parameters, in order, from 1.
    @discardableResult
    func bind(_ values: [any SQLBindable]) throws -> Statement {
        for (offset, value) in values.enumerated() {
            try bind(value.sqlValue, at: Int32(offset + 1))
        }
        return self
    }

    func bind(_ value: SQLValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, index)
        case .integer(let int): code = sqlite3_bind_int64(handle, index, int)
        case .real(let double): code = sqlite3_bind_double(handle, index, double)
        case .text(let string):
            // Explicit byte count: keeps embedded NULs, and "" stays "" (not NULL).
            code = sqlite3_bind_text64(
                handle, index, string, UInt64(string.utf8.count), sqliteTransient, UInt8(SQLITE_UTF8))
        case .blob(let bytes):
            code = bytes.withUnsafeBytes {
                sqlite3_bind_blob64(handle, index, $0.baseAddress, UInt64($0.count), sqliteTransient)
            }
        }
        guard code == SQLITE_OK else { throw connection.error(code, sql: sql) }
    }

    /// Steps once; true while a row is available.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.error(code, sql: sql)
        }
    }

    /// Runs a statement that returns no rows.
    ///
    /// A parameter pack rather than `any SQLBindable...`: each value binds through its own
    /// type, without boxing the arguments into an array of existentials on every call (import
    /// runs this once or more per mention).
    func run<each Value: SQLBindable>(_ values: repeat each Value) throws {
        reset()
        var index: Int32 = 0
        for value in repeat each values {
            index += 1
            try bind(value.sqlValue, at: index)
        }
        while try step() {}
    }

    /// Runs the statement and maps each row.
    func rows<Row>(_ values: [any SQLBindable], _ map: (Statement) throws -> Row) throws -> [Row] {
        reset()
        try bind(values)
        var result: [Row] = []
        while try step() { result.append(try map(self)) }
        return result
    }

    /// Runs a statement that takes no arguments and maps each row.
    func rows<Row>(_ map: (Statement) throws -> Row) throws -> [Row] {
        try rows([], map)
    }

    /// Runs the statement and calls `body` for each row without collecting them.
    func forEachRow(_ values: [any SQLBindable] = [], _ body: (Statement) throws -> Void) throws {
        reset()
        try bind(values)
        while try step() { try body(self) }
    }

    // MARK: Columns

    func isNull(_ index: Int32) -> Bool { sqlite3_column_type(handle, index) == SQLITE_NULL }
    func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }
    func int(_ index: Int32) -> Int { Int(sqlite3_column_int64(handle, index)) }
    func double(_ index: Int32) -> Double { sqlite3_column_double(handle, index) }
    func bool(_ index: Int32) -> Bool { sqlite3_column_int64(handle, index) != 0 }
    func optionalInt64(_ index: Int32) -> Int64? { isNull(index) ? nil : int64(index) }

    func text(_ index: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, index) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func string(_ index: Int32) -> String { text(index) ?? "" }

    /// The column's value in its storage class: lets a writer tell a number from a text.
    func value(_ index: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_NULL: .null
        case SQLITE_INTEGER: .integer(int64(index))
        case SQLITE_FLOAT: .real(double(index))
        case SQLITE_BLOB: .blob(blob(index))
        default: .text(string(index))
        }
    }

    func blob(_ index: Int32) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(handle, index))
        guard count > 0, let bytes = sqlite3_column_blob(handle, index) else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }
}

@available(*, unavailable)
extension Statement: Sendable {}
