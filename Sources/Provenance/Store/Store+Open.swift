/// Opening a store for a command that writes, and what a reader is told about unfinished work.
extension Store {
    /// Opens the store for a command that writes, once no other prov writes to it: waits for the
    /// store's ``StoreWriteLock`` (running `whileWaiting` once if another holds it) and keeps it
    /// until the store is released, so that imports and corrections of one store take turns.
    ///
    /// A file that is not a store, or a missing one under ``OpenMode/existing``, is refused before
    /// the lock file is made, so nothing is left beside it.
    ///
    /// ```swift
    /// let store = try Store.openForWriting(path: "prov.sqlite", mode: .createIfNeeded) {
    ///     log("waiting for another import to finish")
    /// }
    /// ```
    public static func openForWriting(path: String, mode: OpenMode, whileWaiting: () -> Void = {}) throws -> Store {
        precondition(mode != .readOnly, "a store opened for writing is not read-only")
        guard path != ":memory:" else { return try Store(path: path, mode: mode) }
        try check(path, mode: mode)
        let lock = try StoreWriteLock(storePath: path, whileWaiting: whileWaiting)
        // Checked again inside: the writer before may have made the store meanwhile.
        let store = try Store(path: path, mode: mode)
        store.writeLock = lock
        return store
    }

    /// Throws unless the file at `path` may be opened in `mode`, without writing to it.
    static func check(_ path: String, mode: OpenMode) throws {
        guard path != ":memory:" else { return }
        switch try StoreFile.inspect(path) {
        case .store: break
        case .foreign: throw ProvenanceError.notAProvDatabase(path: path)
        case .missing, .empty:
            if mode != .createIfNeeded { throw ProvenanceError.noSuchStore(path: path) }
        }
    }

    /// How many claims wait to be traced: an import under way, or one that was interrupted, left
    /// them dirty. A read-only store shows their counts as last committed; the next import (or
    /// any write) traces them.
    public func untracedClaimCount() throws -> Int {
        try connection.prepare("SELECT count(*) FROM claim WHERE dirty = 1").rows { $0.int(0) }.first ?? 0
    }
}
