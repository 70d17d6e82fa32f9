import ArgumentParser
import Foundation
import Provenance

extension ProvCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import article files and folders (.txt, .md with YAML front matter).",
            discussion: """
                Folders are searched recursively. Re-importing the same bytes changes nothing; a changed file at \
                the same path replaces its earlier version. A bad file is reported on stderr and skipped; the \
                exit status is 1 when any file failed. With no files, it finishes what an interrupted import left \
                (the claims it had not traced yet) and upgrades a store an older prov made.

                Examples:
                  prov import Examples/harbor-bridge
                  prov import --outlet "The Harbor Ledger" --published 2025-03-04 scoop.txt
                  prov import                      # finish an interrupted import
                """
        )

        @OptionGroup var store: StoreOptions

        @Option(help: "Outlet (publisher) for every file imported, overriding front matter.")
        var outlet: String?

        @Option(help: "URL for every file imported, overriding front matter.")
        var url: String?

        @Option(help: "Publication date (ISO 8601) for every file imported, overriding front matter.")
        var published: String?

        @Option(help: "Files written per transaction (fewer when they hold over 64 MB).")
        var batchSize = 1_000

        @Flag(name: .shortAndLong, help: "Name every file and what happened to it on stderr.")
        var verbose = false

        @Flag(name: .shortAndLong, help: "No progress on stderr.")
        var quiet = false

        @Argument(help: "Files or folders to import; none to finish an interrupted import.", completion: .file())
        var paths: [String] = []

        func validate() throws {
            guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
            if let outlet, SourceNames.key(outlet, kind: .outlet).isEmpty {
                throw ValidationError("--outlet needs the outlet's name (letters or digits); got '\(outlet)'")
            }
            if let url, url.allSatisfy(\.isWhitespace) { throw ValidationError("--url needs a URL") }
            if let published, ISODate.normalise(published) == nil {
                throw ValidationError("--published '\(published)' is not a date; use e.g. 2020-09-14")
            }
        }

        func run() throws {
            var output = StandardOutput()
            var errors = StandardError()
            let summary = try run(writingTo: &output, diagnostics: &errors)
            try output.finish()
            if summary.failed > 0 { throw ExitCode(1) }
        }

        /// The whole command, with its output injectable for tests.
        func run(writingTo output: inout some TextOutputStream, diagnostics: inout some TextOutputStream) throws
            -> ImportSummary
        {
            // With no files, an import only finishes an existing store: it makes none.
            let store = try self.store.openForWriting(mayCreate: !paths.isEmpty)
            let overrides = MetadataOverrides(
                outlet: outlet, url: url, published: published.flatMap(ISODate.normalise))
            let job = ImportJob(store: store, batchSize: batchSize, metadata: overrides)
            let showProgress = !quiet && isatty(STDERR_FILENO) != 0
            let started = Date()
            var traced = 0
            let summary = try job.run(paths: paths) { event in
                switch event {
                case .failed(_, let error):
                    diagnostics.write("prov: \(error)\n")  // the error names its file
                case .handled(let path, let outcome):
                    if verbose { diagnostics.write("\(path): \(Self.describe(outcome))\n") }
                case .committed(let done, let total):
                    if showProgress {
                        let rate = Double(done) / max(Date().timeIntervalSince(started), 0.001)
                        diagnostics.write("\rimported \(done)/\(total) files (\(Int(rate)) files/s)")
                        if done == total { diagnostics.write("\n") }
                    }
                case .corroborated(let claims):
                    traced = claims
                    if showProgress { diagnostics.write("traced the origins of \(claims) claims\n") }
                }
            }
            guard !paths.isEmpty else {
                output.write(
                    traced == 0
                        ? "nothing to import; the store is up to date\n"
                        : "nothing to import; traced the origins of \(traced) claims an interrupted import left\n")
                return summary
            }
            output.write(Self.describe(summary) + "\n")
            return summary
        }

        static func describe(_ outcome: ImportOutcome) -> String {
            switch outcome {
            case .imported(let id, let mentions): "imported as article \(id) (\(mentions) mentions)"
            case .newVersion(let id, let old, let mentions):
                "changed: imported as article \(id) (\(mentions) mentions), replacing article \(old)"
            case .unchanged(let id): "unchanged (already imported as article \(id))"
            case .copy(let id): "same bytes as article \(id): recorded as a copy"
            }
        }

        static func describe(_ summary: ImportSummary) -> String {
            var parts = ["\(summary.imported) imported (\(summary.mentions) mentions)"]
            if summary.newVersions > 0 { parts.append("\(summary.newVersions) new versions") }
            if summary.unchanged > 0 { parts.append("\(summary.unchanged) unchanged") }
            if summary.copies > 0 { parts.append("\(summary.copies) copies") }
            if summary.failed > 0 { parts.append("\(summary.failed) failed") }
            if summary.imported + summary.newVersions == 0, summary.failed == 0, summary.files > 0 {
                return "nothing new: " + parts.dropFirst().joined(separator: ", ")
            }
            return "\(summary.files) files: " + parts.joined(separator: ", ")
        }
    }
}
