import Foundation
import Testing

@testable import Provenance

/// The extraction benchmark reads real files and counts the same work on one thread and on several.
@Suite struct ExtractionBenchmarkTests {
    @Test func countsEveryArticleAndTheSameMentionsOnAnyNumberOfThreads() throws {
        let dir = FileManager.default.temporaryDirectory.appending(path: "prov-bench-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let texts = [
            "Ferry service to resume\n\nThe ferry will run again on Monday, the port authority said.\n",
            "Bridge closed\n\nEngineers found cracks in two cables, the city said on Friday.\n",
            "Plant to shut\n\nThe company said it would close its plant in Dunmore by June.\n",
        ]
        for (i, text) in texts.enumerated() {
            try text.write(to: dir.appending(path: "a\(i).txt"), atomically: true, encoding: .utf8)
        }
        try "not an article".write(to: dir.appending(path: "notes.json"), atomically: true, encoding: .utf8)

        let bench = ExtractionBenchmark(paths: [dir.path()])
        #expect(bench.files.count == 3)
        let one = bench.run(threads: 1)
        let two = bench.run(threads: 2)
        #expect(one.articles == 3 && two.articles == 3)
        #expect(one.failed == 0)
        #expect(one.bytes == texts.reduce(0) { $0 + $1.utf8.count })
        #expect(one.mentions >= 3)
        #expect(one.mentions == two.mentions)
        #expect(two.threads == 2)
        #expect(one.articlesPerSecond > 0 && one.megabytesPerSecond > 0)
    }
}
