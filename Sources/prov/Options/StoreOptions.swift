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

    /// Opens the store. Only `import` may create one (in a new or empty file); the other commands
    /// refuse a missing file rather than leave an empty database behind, and every command refuses
    /// a file that is not a prov store, leaving it unchanged.
    func open(mayCreate: Bool = false) throws -> Store {
        try Store(path: resolvedPath, mode: mayCreate ? .createIfNeeded : .existing)
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
