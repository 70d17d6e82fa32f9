import ArgumentParser
import Provenance

extension ProvCommand.ClaimGroup {
    /// `prov claim keep-apart A B`: a suggested merge rejected.
    struct KeepApart: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "keep-apart",
            abstract: "Say that two claims are different claims, so 'prov claims --suggested' stops suggesting them.",
            discussion: """
                The pair is named by a mention of each claim, so the choice holds after a re-import.

                Example:
                  prov claims --suggested
                  prov claim keep-apart 12 40
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "One claim.")
        var first: Int64

        @Argument(help: "The other claim.")
        var second: Int64

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
            try out.finish()
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            try store.openForWriting().keepApart(first, second)
            out.write("claims \(first) and \(second) are kept apart\n")
        }
    }
}
