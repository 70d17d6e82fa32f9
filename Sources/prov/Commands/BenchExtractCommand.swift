import ArgumentParser
import Foundation
import Provenance

extension ProvCommand {
    struct BenchExtract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench-extract",
            abstract: "Time extraction alone (read, parse, extract; no database) over article files.",
            discussion: """
                Runs once on one thread and once on --jobs threads, and prints one line for each:

                  threads=1 articles=10000 failed=0 MB=44.12 seconds=0.800 articles/s=12500.0 MB/s=55.15 mentions=150000

                Example:
                  prov bench-extract /tmp/corpus-10k --jobs 4
                """)

        @Argument(help: "Folders or article files (.txt, .md) to read.", completion: .directory)
        var paths: [String]

        @Option(help: "Threads for the parallel run. Default: all cores.")
        var jobs: Int?

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs).") }
        }

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
            try out.finish()
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            let bench = ExtractionBenchmark(paths: paths)
            guard !bench.files.isEmpty else {
                throw ValidationError("no .txt or .md article files under \(paths.joined(separator: " ")).")
            }
            let parallel = jobs ?? ProcessInfo.processInfo.activeProcessorCount
            for threads in [1, parallel] {
                let m = bench.run(threads: threads)
                print(Self.line(m), to: &out)
            }
        }

        /// One stable `key=value` line per run, for scripts.
        static func line(_ m: ExtractionBenchmark.Measurement) -> String {
            "threads=\(m.threads) articles=\(m.articles) failed=\(m.failed) "
                + String(
                    format: "MB=%.2f seconds=%.3f articles/s=%.1f MB/s=%.2f", Double(m.bytes) / 1e6, m.seconds,
                    m.articlesPerSecond, m.megabytesPerSecond)
                + " mentions=\(m.mentions)"
                + String(
                    format: " extract_only_seconds=%.3f extract_only_articles/s=%.1f", m.extractionSeconds,
                    m.extractionArticlesPerSecond)
        }
    }
}
