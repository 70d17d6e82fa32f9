import ArgumentParser
import Provenance

extension ProvCommand {
    struct Report: ParsableCommand {
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case md, html
        }

        static let configuration = CommandConfiguration(
            abstract: "Write a provenance report for an editor: circular, contested and corroborated claims.",
            discussion: """
                Each claim shown has its grade, origins, how it spread and the sentences behind it. The HTML
                report is one self-contained page (it works offline and prints); the Markdown report says
                the same, with the spread as a nested list.

                Examples:
                  prov report > report.md
                  prov report --format html > report.html
                  prov report --format html --claims 3 7 --since 2025-03-05 > two-claims.html
                """)

        @OptionGroup var store: StoreOptions

        @Option(help: "Report format: md or html.")
        var format: Format = .md

        @Option(
            name: .customLong("claims"), parsing: .upToNextOption,
            help: ArgumentHelp(
                "Only these claims (ids from 'prov claims'), shown even when they fit no section.",
                valueName: "id"))
        var claimIDs: [Int64] = []

        @Option(help: "Only claims seen in at least this many articles.")
        var minArticles: Int?

        @Option(help: ArgumentHelp("Only claims first seen on or after this date.", valueName: "date"))
        var since: String?

        @Option(help: "Evidence sentences shown per claim.")
        var evidence = 8

        func validate() throws {
            if let since, ISODate.normalise(since) == nil {
                throw ValidationError("--since needs a date such as 2025-03-05; got '\(since)'")
            }
            if let minArticles, minArticles < 1 { throw ValidationError("--min-articles must be 1 or more") }
            if evidence < 1 { throw ValidationError("--evidence must be 1 or more") }
        }

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
            try out.finish()
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            let scope = ReportScope(
                claimIDs: claimIDs.isEmpty ? nil : claimIDs, minArticles: minArticles,
                since: since.flatMap(ISODate.normalise), evidencePerClaim: evidence)
            let content = try ReportBuilder(scope: scope).build(from: try store.openForReading())
            switch format {
            case .md: MarkdownReport().write(content, to: &out)
            case .html: HTMLReport().write(content, to: &out)
            }
        }
    }
}
