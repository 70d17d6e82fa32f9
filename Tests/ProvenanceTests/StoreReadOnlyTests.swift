import CSQLite
import Foundation
import Testing

@testable import Provenance

/// A store opened read-only answers from what is committed and cannot write.
@Suite("Read-only stores")
struct StoreReadOnlyTests {
    @Test("dirty claims stay dirty under reads of a read-only store, which counts them and refuses writes")
    func readsTraceNothing() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "store.sqlite").path
        let dirty: Set<Int64>
        do {
            let store = try Store(path: path)
            _ = try ImportJob(store: store).run(paths: [Fixtures.examples.path])
            dirty = Set(try store.claims().prefix(3).map(\.id))
            try store.markDirty(dirty)
        }
        let reader = try Store(path: path, mode: .readOnly)
        #expect(reader.isReadOnly)
        #expect(try reader.untracedClaimCount() == dirty.count)
        _ = try reader.claims()
        _ = try reader.sources()
        #expect(try reader.corroborateDirtyClaims() == 0)
        #expect(try reader.untracedClaimCount() == dirty.count)
        let refused = try #require(throws: SQLiteError.self) { try reader.connection.execute("DELETE FROM claim") }
        #expect(refused.isReadOnly)
        #expect(throws: ProvenanceError.noSuchStore(path: path + "2")) { try Store(path: path + "2", mode: .readOnly) }
    }

    @Test("a read-only open of a store an older prov made says how to upgrade it, and leaves it as it is")
    func olderSchemaIsNotUpgraded() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "v1.sqlite").path
        do {
            let old = try Connection(path: path)
            try old.execute(SchemaV1Fixture.sql)
            try old.execute("PRAGMA user_version = 1")
        }
        let before = try Data(contentsOf: URL(filePath: path))
        let error = try #require(throws: ProvenanceError.self) { try Store(path: path, mode: .readOnly) }
        #expect("\(error)".contains("prov import --db \(path)"))
        #expect(try Data(contentsOf: URL(filePath: path)) == before)
        #expect(try Store(path: path).schemaVersion() == Schema.version)
    }
}
