import ArgumentParser
import Provenance

extension ProvCommand {
    /// `prov decisions`: the analyst's corrections, which imports replay.
    struct Decisions: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the analyst's decisions (merges, splits, wordings, speakers, source merges, grades).",
            discussion: """
                Decisions name mentions by file, offsets and text, and sources by name, so every import re-applies \
                them to re-imported articles. --undo ID reverses one and stops replaying it; it stays listed with \
                --all. --replay re-applies them all now.

                Examples:
                  prov decisions
                  prov decisions --undo 4
                  prov decisions --all --format json
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        @Flag(help: "List undone decisions too.")
        var all = false

        @Option(help: "Undo this decision.")
        var undo: Int64?

        @Flag(help: "Re-apply every decision in force now.")
        var replay = false

        func validate() throws {
            if undo != nil, replay { throw ValidationError("--undo and --replay are separate steps") }
        }

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
            try out.finish()
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            let opened = undo == nil && !replay ? try store.openForReading() : try store.openForWriting()
            if let undo {
                let decision = try opened.undoDecision(undo)
                out.write("undid decision \(decision.id): \(decision.change.summary)\n")
                return
            }
            if replay {
                let changed = try opened.replayDecisions()
                out.write("re-applied decisions: " + Wording.counted(changed, "decision") + " changed something\n")
                return
            }
            Listing(
                columns: ["id", "kind", "created_at", "undone_at", "note", "decision"],
                rows: try opened.decisions(includingUndone: all).map {
                    [
                        .int($0.id), .text($0.change.kind), .text($0.createdAt), .text($0.undoneAt), .text($0.note),
                        .text($0.change.summary),
                    ]
                }
            ).write(output.resolved, to: &out)
        }
    }
}
