import ArgumentParser
import Provenance

extension ProvCommand {
    struct Report: ParsableCommand {
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case md
        }

        static let configuration = CommandConfiguration(
            abstract: "Write a provenance report for an editor: circular, contested and corroborated claims.",
            discussion: "Example:\n  prov report --format md > report.md")

        @OptionGroup var store: StoreOptions

        @Option(help: "Report format (md).")
        var format: Format = .md

        @Option(help: "Leave out claims seen in fewer articles than this.")
        var minArticles = 2

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            try MarkdownReport(minArticles: minArticles).write(try store.open(), to: &out)
        }
    }
}
