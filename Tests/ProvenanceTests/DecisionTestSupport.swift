import Foundation

@testable import Provenance

/// A folder of small invented articles and a store they are imported into, for the analyst
/// decision tests: the sentences are written so that extraction reads each one predictably.
struct DecisionFixture {
    let folder: URL
    let store: Store

    static let ledger = """
        ---
        title: Ferry service halted after engine fire
        outlet: Harbor Ledger
        published: 2025-04-01
        ---
        The harbor ferry caught fire on Tuesday morning, the port authority said.

        Ferry captain Lena Ruiz said all 40 passengers were evacuated safely.

        """
    static let gazette = """
        ---
        title: Ferry line idle
        outlet: Port Gazette
        published: 2025-04-02
        ---
        The ferry service will resume on Friday, officials told the Port Gazette.

        The ferry line carries 3,000 commuters a day, according to the port authority.

        """

    init() throws {
        folder = try Fixtures.articleFolder()
        store = try Store(path: folder.appending(path: "db.sqlite").path)
        try write("ledger.md", Self.ledger)
        try write("gazette.md", Self.gazette)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: folder.appending(path: "articles/\(name)"), atomically: true, encoding: .utf8)
    }

    /// Imports every article of the folder.
    @discardableResult
    func importAll() throws -> ImportSummary {
        try ImportJob(store: store).run(paths: [folder.appending(path: "articles").path])
    }

    /// The current mention whose text is `exact`.
    func mention(_ exact: String) throws -> Mention {
        for claim in try store.claims() {
            if let found = try store.claimDetail(claim.id).mentions.first(where: { $0.exact == exact }) {
                return found
            }
        }
        throw ProvenanceError.invalidArgument("no mention “\(exact)”")
    }

    /// The claim holding the mention whose text is `exact`.
    func claim(_ exact: String) throws -> Claim {
        try store.claimDetail(try mention(exact).claimID).claim
    }
}

extension Fixtures {
    /// A temporary folder with an empty `articles` folder inside.
    static func articleFolder() throws -> URL {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appending(path: "articles"), withIntermediateDirectories: true)
        return folder
    }
}
