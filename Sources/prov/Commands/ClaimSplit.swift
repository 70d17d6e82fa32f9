import ArgumentParser
import Provenance

extension ProvCommand.ClaimGroup {
    /// `prov claim split ID --mention M…`: some mentions state another proposition.
    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split mentions off a claim: the named mentions form a new claim, the others stay.",
            discussion: """
                Kept as a decision and re-applied after every import. Mention ids are those 'prov claim ID' shows.

                Example:
                  prov claim split 3 --mention 41 --mention 57
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The claim to split.")
        var id: Int64

        @Option(name: .customLong("mention"), parsing: .upToNextOption, help: "A mention that leaves the claim.")
        var mentions: [Int64] = []

        @Option(help: "A note kept with the decision.")
        var note: String?

        func validate() throws {
            guard !mentions.isEmpty else { throw ValidationError("name the mentions that leave with --mention M…") }
        }

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
            try out.finish()
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            let opened = try store.openForWriting()
            let decision = try opened.splitClaim(id, mentions: mentions, note: note)
            out.write("decision \(decision.id): \(decision.change.summary)\n")
            if case .splitClaim(_, let moved) = decision.change, let first = moved.first,
                let claim = try opened.claimID(holding: first)
            {
                out.write("the mentions now form claim \(claim)\n")
            }
        }
    }
}
