import ArgumentParser
import Provenance

extension ProvCommand {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Full-text search over mentions and articles.",
            discussion:
                "Words are searched literally (AND, quotes and dashes included); a word typed twice is searched once, "
                + "and at most \(FullTextQuery.maximumWords) different words are searched (the rest are left out, "
                + "with a notice on stderr).\nExample:\n  prov search embassy Pretoria"
        )

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "At most this many hits of each kind.")
        var limit = 50

        @Argument(help: "Words to look for.")
        var words: [String]

        func validate() throws {
            if limit < 1 { throw ValidationError("--limit must be 1 or more") }
            if words.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
                throw ValidationError("give a word to look for, e.g. prov search embassy")
            }
        }

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
            try out.finish()
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            var diagnostics = StandardError()
            try run(writingTo: &out, diagnostics: &diagnostics)
        }

        func run(writingTo out: inout some TextOutputStream, diagnostics: inout some TextOutputStream) throws {
            guard let query = FullTextQuery(userInput: words.joined(separator: " ")) else {
                throw ValidationError("give a word to look for, e.g. prov search embassy")
            }
            if query.ignoredWords > 0 {
                diagnostics.write(
                    "prov: searching for the first \(query.words.count) different words; "
                        + "the \(query.ignoredWords) after them are left out\n")
            }
            let hits = try store.openForReading().search(query, limit: limit)
            Listing(
                columns: ["kind", "id", "claim", "article", "path", "text"],
                rows: hits.map {
                    [
                        .text($0.kind.rawValue), .int($0.id), .int($0.claimID), .int($0.articleID),
                        .text($0.articlePath),
                        .text($0.snippet),
                    ]
                }
            ).write(output.resolved, to: &out)
        }
    }
}
