import Foundation

/// Paths to the shared corpora beside the project (`../shared`), which CI has too.
enum Fixtures {
    /// `/…/<project>/Tests/ProvenanceTests/Fixtures.swift` → `/…/shared`.
    static let shared = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "shared")
    static let seeds = shared.appending(path: "seeds")
    static let devArticles = shared.appending(path: "dev/articles")
    static let projectRoot = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = projectRoot.appending(path: "Examples/harbor-bridge")

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "prov-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
