import Foundation
import Testing

@testable import Provenance

/// Batches end at a count of files or at a number of bytes, whichever comes first.
@Suite("Batch cutting")
struct BatchCutterTests {
    static let megabyte = 1 << 20

    @Test("300 files of 1 MB make five batches of at most 64 MB, whatever the file count allows")
    func largeFilesAreCutByBytes() {
        let cutter = BatchCutter(maxFiles: 1_000, maxBytes: BatchCutter.defaultMaxBytes)
        let batches = cutter.batches(sizes: Array(repeating: Self.megabyte, count: 300))
        #expect(batches == [0..<64, 64..<128, 128..<192, 192..<256, 256..<300])
    }

    @Test("small files are cut by count, as before")
    func smallFilesAreCutByCount() {
        let cutter = BatchCutter(maxFiles: 1_000, maxBytes: BatchCutter.defaultMaxBytes)
        #expect(
            cutter.batches(sizes: Array(repeating: 6_000, count: 2_500)) == [0..<1_000, 1_000..<2_000, 2_000..<2_500])
        #expect(cutter.batches(sizes: []).isEmpty)
    }

    @Test("a file larger than the limit is a batch of its own, and the batches cover every file in order")
    func oversizedFileStandsAlone() {
        let cutter = BatchCutter(maxFiles: 10, maxBytes: 100)
        let sizes = [40, 40, 300, 10, 0, 90, 20]
        let batches = cutter.batches(sizes: sizes)
        #expect(batches == [0..<2, 2..<3, 3..<6, 6..<7])
        #expect(batches.flatMap { Array($0) } == Array(sizes.indices))
        for batch in batches where batch.count > 1 { #expect(batch.map { sizes[$0] }.reduce(0, +) <= 100) }
    }

    @Test("an import commits a batch per byte limit, and imports the same files and mentions as in one batch")
    func importFollowsTheByteLimit() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.examples.path)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }
        let sizes = try files.map { try Data(contentsOf: Fixtures.examples.appending(path: $0)).count }
        var job = ImportJob(store: try Store(path: ":memory:"))
        job.batchBytes = sizes.max() ?? 1  // at most a file or two per batch
        var commits = 0
        let summary = try job.run(paths: [Fixtures.examples.path]) { event in
            if case .committed = event { commits += 1 }
        }
        #expect(commits >= files.count / 2)
        let whole = try Store(path: ":memory:")
        let wholeSummary = try ImportJob(store: whole).run(paths: [Fixtures.examples.path])
        #expect(summary == wholeSummary)
    }
}
