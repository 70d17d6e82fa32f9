#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The right to write to one store, held by one prov command at a time for its whole run.
///
/// Why: an import plans article, mention and claim ids from a catalog it reads once, before its
/// first batch, and a correction makes claims with the next free id; SQLite's own locks cover one
/// transaction, not a run of them. Two writers at once then collide (`UNIQUE constraint failed:
/// article.id`, or `table article already exists` when both make a new store). With this lock the
/// second writer waits, then opens the store and reads its catalog only once the first is done,
/// so both land as if run one after the other. Readers never take it: they read what is committed.
///
/// The lock is an `flock(2)` on a file beside the store, `STORE-lock` (as SQLite keeps `-wal` and
/// `-shm` there). The kernel releases it when the process ends, however it ends, so a killed import
/// never leaves the store locked. The holder removes the file when it is done; a waiter that then
/// wakes holding the removed file sees it is gone and locks the new one instead.
public final class StoreWriteLock {
    /// The lock file's path.
    public let path: String
    private let descriptor: Int32

    /// The lock file of the store at `storePath`.
    public static func path(forStore storePath: String) -> String { storePath + "-lock" }

    /// Waits until no other prov writes to the store at `storePath`, then holds the lock until
    /// this object is released. `whileWaiting` runs once, before waiting, when another holds it.
    ///
    /// Throws ``ProvenanceError/invalidArgument(_:)`` when the lock file cannot be made (the
    /// store's folder does not exist or cannot be written, where the store could not be either).
    public init(storePath: String, whileWaiting: () -> Void = {}) throws {
        path = Self.path(forStore: storePath)
        var waited = false
        while true {
            let file = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard file >= 0 else { throw Self.failure("cannot make the lock file \(path)") }
            if flock(file, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK else {
                    let code = errno
                    close(file)
                    throw Self.failure("cannot lock \(path)", code: code)
                }
                if !waited {
                    waited = true
                    whileWaiting()
                }
                while flock(file, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        let code = errno
                        close(file)
                        throw Self.failure("cannot lock \(path)", code: code)
                    }
                }
            }
            if Self.isNamed(file, path) {
                descriptor = file
                return
            }
            close(file)  // the holder before removed it while this one waited: lock the new file
        }
    }

    deinit {
        // Removed first, then unlocked: a waiter never gets a lock on a file that is still named.
        unlink(path)
        close(descriptor)
    }

    /// Whether some prov holds the lock of the store at `storePath` now; for a reader to say
    /// whether untraced claims belong to an import under way or to one that was interrupted.
    /// Opens the file read-only and never makes it.
    public static func isHeld(storePath: String) -> Bool {
        let file = open(path(forStore: storePath), O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return false }
        defer { close(file) }
        if flock(file, LOCK_SH | LOCK_NB) == 0 {
            flock(file, LOCK_UN)
            return false
        }
        return errno == EWOULDBLOCK
    }

    /// Whether `file` is the file named `path` now (same device and inode).
    private static func isNamed(_ file: Int32, _ path: String) -> Bool {
        var held = stat()
        var named = stat()
        guard fstat(file, &held) == 0, stat(path, &named) == 0 else { return false }
        return held.st_dev == named.st_dev && held.st_ino == named.st_ino
    }

    private static func failure(_ what: String, code: Int32 = errno) -> ProvenanceError {
        .invalidArgument(
            "\(what): \(String(cString: strerror(code))) (does the store's folder exist, and may you write there?)")
    }
}

@available(*, unavailable)
extension StoreWriteLock: Sendable {}
