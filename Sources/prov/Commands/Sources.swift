import ArgumentParser
import Provenance

extension ProvCommand {
    struct Sources: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List sources: who is cited, how often, and as the origin of how many claims.",
            discussion: "Example:\n  prov sources --format json")

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
            try out.finish()
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            let sources = try store.openForReading().sources()
            Listing(
                columns: ["id", "name", "kind", "reliability", "cited", "origin_of", "aliases"],
                rows: sources.map {
                    [
                        .int($0.id), .text($0.name), .text($0.kind.rawValue), .text($0.reliability ?? "F"),
                        .int($0.mentionCount), .int($0.originOfClaims), .list($0.aliases),
                    ]
                }
            ).write(output.resolved, to: &out)
        }
    }
}
