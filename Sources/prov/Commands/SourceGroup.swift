import ArgumentParser
import Provenance

extension ProvCommand {
    /// `prov source …`: an analyst's corrections to sources. `prov sources` lists them.
    struct SourceGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "source",
            abstract: "Merge sources that are one agent, and grade a source's reliability (Admiralty A–F).",
            discussion:
                "Examples:\n  prov source merge Pentagon \"Defense Department\"\n  prov source grade Politico B",
            subcommands: [Merge.self, Grade.self]
        )
    }
}

extension ProvCommand.SourceGroup {
    /// `prov source merge A B`: B is another name of A.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make source B an alias of source A: origins count them as one.",
            discussion: """
                Sources are named as 'prov sources' lists them (name or alias, any case). Kept as a decision: \
                names of B in articles imported later count as A too.

                Example:
                  prov source merge Pentagon "Defense Department"
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The source that stays.")
        var into: String

        @Argument(help: "The source that becomes its alias.")
        var from: String

        @Option(help: "A note kept with the decision.")
        var note: String?

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
            try out.finish()
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            let decision = try store.openForWriting().mergeSources(into: into, from: from, note: note)
            out.write("decision \(decision.id): \(decision.change.summary)\n")
        }
    }

    /// `prov source grade NAME B`: an analyst's reliability grade.
    struct Grade: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Grade a source's reliability on the Admiralty scale, A to F.",
            discussion: """
                A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, \
                F cannot be judged (the grade of every source nobody graded). A claim's grade, e.g. B2, joins the \
                best grade among its origins to its credibility (1–6).

                Example:
                  prov source grade Politico B
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The source, as 'prov sources' names it.")
        var name: String

        @Argument(help: "A, B, C, D, E or F.")
        var grade: String

        @Option(help: "A note kept with the decision.")
        var note: String?

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
            try out.finish()
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            let decision = try store.openForWriting().gradeSource(name, grade: grade, note: note)
            out.write("decision \(decision.id): \(decision.change.summary)\n")
        }
    }
}
