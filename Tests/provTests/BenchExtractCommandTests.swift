import ArgumentParser
import Foundation
import Testing

@testable import prov

/// `prov bench-extract` over the example story: two stable lines, one per run.
@Suite struct BenchExtractCommandTests {
    static let examples = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Examples/harbor-bridge").path

    @Test func printsOneLineForOneThreadAndOneForTheParallelRun() throws {
        let command = try #require(
            try ProvCommand.parseAsRoot(["bench-extract", Self.examples, "--jobs", "2"]) as? ProvCommand.BenchExtract)
        var output = ""
        try command.run(writingTo: &output)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("threads=1 articles=10 failed=0 MB=") == true)
        #expect(lines.last?.hasPrefix("threads=2 articles=10 failed=0 MB=") == true)
        for line in lines {
            #expect(line.contains(" articles/s=") && line.contains(" MB/s=") && line.contains(" mentions="))
            #expect(line.contains(" extract_only_articles/s="))
        }
    }

    @Test func refusesZeroJobs() {
        #expect(throws: (any Error).self) {
            try ProvCommand.parseAsRoot(["bench-extract", Self.examples, "--jobs", "0"])
        }
    }
}
