import ArgumentParser
import Foundation
import Provenance

/// Options every subcommand that opens the store shares.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp("Path to the provenance database.", discussion: "Default: $PROV_DB, else prov.sqlite."),
        completion: .file(extensions: ["sqlite"]))
    var path: String?

    /// The database path: --db, then $PROV_DB, then prov.sqlite.
    var resolvedPath: String {
        if let path, !path.isEmpty { return path }
        if let environment = ProcessInfo.processInfo.environment["PROV_DB"], !environment.isEmpty {
            return environment
        }
        return "prov.sqlite"
    }

    // Only `import` may create a store (in a new or empty file); the other commands refuse a
    // missing file rather than leave an empty database behind, and every command refuses a file
    // that is not a prov store, leaving it unchanged.

    /// Opens the store for a command that only reads: read-only, so that a read never writes (nor
    /// waits for a writer) and a store on a read-only medium can be read. Claims that an import
    /// under way, or an interrupted one, has not traced yet keep their committed counts; one line on
    /// stderr says how many, and what finishes them.
    func openForReading() throws -> Store {
        let path = resolvedPath
        let store = try Store(path: path, mode: .readOnly)
        let untraced = try store.untracedClaimCount()
        if untraced > 0 {
            var errors = StandardError()
            if StoreWriteLock.isHeld(storePath: path) {
                errors.write(
                    "prov: an import of \(path) is under way: \(untraced) claims are not traced yet, so their counts "
                        + "may change when it ends\n")
            } else {
                errors.write(
                    "prov: an interrupted import left \(untraced) claims to trace, so their counts may be out of "
                        + "date: run 'prov import --db \(path)' to finish it\n")
            }
        }
        return store
    }

    /// Opens the store for a command that writes (an import or a correction), after any other
    /// prov writing to it has finished: says so in one line on stderr while it waits.
    func openForWriting(mayCreate: Bool = false) throws -> Store {
        let path = resolvedPath
        return try Store.openForWriting(path: path, mode: mayCreate ? .createIfNeeded : .existing) {
            var errors = StandardError()
            errors.write("prov: waiting for another import or correction of \(path) to finish…\n")
        }
    }
}
