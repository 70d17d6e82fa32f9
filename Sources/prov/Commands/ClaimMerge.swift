import ArgumentParser
import Provenance

extension ProvCommand.ClaimGroup {
    /// `prov claim merge A B`: two claims that matching kept apart are one.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge claim B into claim A: B's mentions join A, and B goes.",
            discussion: """
                The merge is kept as a decision and re-applied after every import, so re-importing a changed \
                article keeps it; 'prov decisions' lists it and 'prov decisions --undo ID' reverses it.

                Example:
                  prov claim merge 3 7 --note "same plot, other words"
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The claim that stays.")
        var into: Int64

        @Argument(help: "The claim whose mentions join it.")
        var from: Int64

        @Option(help: "A note kept with the decision.")
        var note: String?

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
            try out.finish()
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            let opened = try store.openForWriting()
            let decision = try opened.mergeClaims(into: into, from: from, note: note)
            let claim = try opened.claimDetail(into).claim
            out.write("decision \(decision.id): \(decision.change.summary)\n")
            out.write(
                "claim \(into) now has " + Wording.counted(claim.mentionCount, "mention") + " and "
                    + Wording.counted(claim.originCount, "independent origin") + "\n")
        }
    }
}
