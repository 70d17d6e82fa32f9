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

    /// Opens the store; commands that only read refuse to create an empty database by mistake.
    func open(mustExist: Bool = true) throws -> Store {
        let path = resolvedPath
        if mustExist, path != ":memory:", !FileManager.default.fileExists(atPath: path) {
            throw ProvenanceError.invalidArgument(
                "no database at \(path); import articles first with 'prov import PATH' or name one with --db")
        }
        return try Store(path: path)
    }
}
