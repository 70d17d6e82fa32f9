import Foundation
import Testing

@testable import Provenance

/// An import into an empty store builds the mention indexes once, at the end; a store left
/// without them by a stopped run gets them back when it is opened.
@Suite("Mention indexes around a bulk import")
struct BulkIndexTests {
    func indexes(_ store: Store) throws -> [String] {
        try store.connection.prepare(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mention' ORDER BY name"
        ).rows { $0.string(0) }
    }

    @Test("after a first import the mention indexes are those of a new store")
    func firstImportRebuildsIndexes() throws {
        let expected = try indexes(try Store(path: ":memory:"))
        #expect(expected.count == Store.bulkIndexes.count)
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [Fixtures.examples.path])
        #expect(try indexes(store) == expected)
    }

    @Test("opening a store that lost a mention index builds it again")
    func openingRestoresMissingIndexes() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "prov.sqlite").path
        let expected: [String]
        do {
            let store = try Store(path: path)
            expected = try indexes(store)
            #expect(try store.suspendMentionIndexesIfEmpty())  // an empty store
            #expect(try indexes(store).isEmpty)
        }
        #expect(try indexes(try Store(path: path)) == expected)
    }
}
