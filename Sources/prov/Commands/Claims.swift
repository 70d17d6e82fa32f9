import ArgumentParser
import Foundation
import Provenance

extension ProvCommand {
    struct Claims: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List claims with their article and independent-origin counts.",
            discussion: """
                Examples:
                  prov claims --min-origins 2     # independently corroborated
                  prov claims --circular          # many articles, one origin
                  prov claims --contested --search embassy
                  prov claims --suggested         # pairs matching came close to merging
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Only claims with at least this many independent origins.")
        var minOrigins: Int?

        @Option(help: "Only claims seen in at least this many articles.")
        var minArticles: Int?

        @Flag(help: "Only circular claims: asserted in two or more articles, all traced to one origin.")
        var circular = false

        @Flag(help: "Only contested claims: some mention denies or disputes them.")
        var contested = false

        @Flag(help: "Only unsourced claims: nobody is credited for them anywhere.")
        var unsourced = false

        @Option(help: "Only claims with a mention containing these words.")
        var search: String?

        @Option(help: "At most this many claims.")
        var limit: Int?

        @Flag(
            help: ArgumentHelp(
                "List suggested merges instead: pairs of claims that matching came close to merging.",
                discussion: "Merge one with 'prov claim merge A B', or reject it with 'prov claim keep-apart A B'."))
        var suggested = false

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
            try out.finish()
        }

        func validate() throws {
            if suggested,
                minOrigins != nil || minArticles != nil || circular || contested || unsourced || search != nil
            {
                throw ValidationError("--suggested lists pairs of claims; it takes only --limit and --format.")
            }
            if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
            if let minOrigins, minOrigins < 0 { throw ValidationError("--min-origins must be 0 or more") }
            if let minArticles, minArticles < 1 { throw ValidationError("--min-articles must be 1 or more") }
            if let search, search.allSatisfy(\.isWhitespace) {
                throw ValidationError("--search needs a word to look for")
            }
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            if suggested { return try listSuggestions(writingTo: &out) }
            let filter = ClaimFilter(
                minOrigins: minOrigins, minArticles: minArticles, circular: circular, contested: contested,
                unsourced: unsourced, search: search, limit: limit)
            let claims = try store.openForReading().claims(filter)
            Listing(
                columns: ["id", "articles", "origins", "grade", "flags", "first_seen", "text"],
                rows: claims.map {
                    [
                        .int($0.id), .int($0.articleCount), .int($0.originCount), .text(Grade.credibility($0)),
                        .text(Grade.flags($0)), .text($0.firstSeen), .text($0.text),
                    ]
                }
            ).write(output.resolved, to: &out)
        }
    }
}

extension ProvCommand.Claims {
    func listSuggestions(writingTo out: inout some TextOutputStream) throws {
        let suggestions = try store.openForReading().suggestedMerges(limit: limit)
        Listing(
            columns: ["claim", "other", "score", "mentions", "text", "other_text"],
            rows: suggestions.map {
                [
                    .int($0.claim.id), .int($0.other.id), .text(String(format: "%.2f", $0.score)), .int($0.mentions),
                    .text($0.claim.text), .text($0.other.text),
                ]
            }
        ).write(output.resolved, to: &out)
    }
}

/// Short labels for a claim's state, shared by the listings.
enum Grade {
    /// The Admiralty grade, e.g. "B2": the best reliability among the claim's origins (F when no
    /// analyst graded one) and its credibility; nil for a claim never traced.
    static func credibility(_ claim: Claim) -> String? {
        claim.credibility.map { _ in ReportGrade(claim: claim).code }
    }

    static func flags(_ claim: Claim) -> String {
        var flags: [String] = []
        if claim.circular { flags.append("circular") }
        if claim.contested { flags.append("contested") }
        if claim.unsourced { flags.append("unsourced") }
        if claim.originCount >= 2 { flags.append("corroborated") }
        return flags.joined(separator: ",")
    }
}
