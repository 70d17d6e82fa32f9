import ArgumentParser
import Provenance

extension ProvCommand {
    struct Articles: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List imported articles.",
            discussion: """
                copy_of names the first article of a near-duplicate's copy group (wire copy, syndication, \
                a repost): copies count as one report when origins are traced.

                Example:
                  prov articles --format csv > articles.csv
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
            try out.finish()
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            let articles = try store.openForReading().articles()
            Listing(
                columns: ["id", "published", "outlet", "mentions", "copy_of", "title", "path"],
                rows: articles.map {
                    [
                        .int($0.id), .text($0.published), .text($0.outlet), .int($0.mentionCount),
                        .int($0.copyOf), .text($0.title), .text($0.path),
                    ]
                }
            ).write(output.resolved, to: &out)
        }
    }
}
