import CSQLite
import Foundation

/// What a path holds before prov opens it for writing.
///
/// Opening a store writes to it at once (its page size, the WAL journal, the schema), so a file
/// prov did not make must be recognised first, on a read-only connection that changes nothing:
/// another program's database keeps every byte, and only a new or empty file becomes a store.
enum StoreFile: Equatable {
    /// No file at the path.
    case missing
    /// A file with no tables and no version: zero bytes, or a database nothing was put in.
    case empty
    /// A prov store, of this or another schema version.
    case store
    /// A file that is not an SQLite database, or a database of another program.
    case foreign

    /// The tables every version of the prov schema has.
    static let provTables: Set<String> = ["article", "source", "claim", "mention"]

    /// Reads the SQLite header and table names of the file at `path` without writing to it.
    static func inspect(_ path: String) throws -> StoreFile {
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        let probe: Connection
        do {
            probe = try Connection.reading(path)
        } catch let error as SQLiteError where error.primaryCode == SQLITE_NOTADB {
            return .foreign
        } catch let error as SQLiteError {
            throw ProvenanceError.invalidArgument("cannot open the database at \(path): \(error.message)")
        }
        do {
            let version = try probe.prepare("PRAGMA user_version").rows { $0.int64(0) }.first ?? 0
            let tables = Set(
                try probe.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").rows { $0.string(0) })
            if tables.isEmpty, version == 0 { return .empty }
            return provTables.isSubset(of: tables) && version > 0 ? .store : .foreign
        } catch let error as SQLiteError where error.primaryCode == SQLITE_NOTADB {
            return .foreign
        } catch let error as SQLiteError {
            throw ProvenanceError.invalidArgument("cannot read the database at \(path): \(error.message)")
        }
    }
}
