import ArgumentParser
import Provenance

extension ProvCommand {
    struct Export: ParsableCommand {
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, csv, ndjson
        }

        static let configuration = CommandConfiguration(
            abstract: "Export the whole store: json (prov-export-v1), or one row per mention as csv or ndjson.",
            discussion: "Examples:\n  prov export --format json > all.json\n  prov export --format csv > mentions.csv")

        @OptionGroup var store: StoreOptions

        @Option(help: "json (the prov-export-v1 contract), csv or ndjson.")
        var format: Format = .json

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            let store = try self.store.open()
            switch format {
            case .json: try JSONExporter().write(store, to: &out)
            case .csv: try MentionRowsExporter(format: .csv).write(store, to: &out)
            case .ndjson: try MentionRowsExporter(format: .ndjson).write(store, to: &out)
            }
        }
    }
}
