import ArgumentParser
import Provenance

extension ProvCommand {
    /// `prov mention ID --speaker … --via …`: correct who a mention says asserted it.
    struct MentionCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mention",
            abstract: "Show or correct a mention's speaker and via chain; its claim's origins are traced again.",
            discussion: """
                The correction is kept as a decision and re-applied after every import. A speaker given without \
                --kind takes the kind of a known source of that name, else the current speaker's kind, else person.

                Examples:
                  prov mention 41 --speaker "Jonathan Hoffman" --kind person
                  prov mention 41 --via Reuters Politico     # nearest intermediary first
                  prov mention 41 --own-voice --no-via
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The mention's id (see 'prov claim ID').")
        var id: Int64

        @Option(help: "Who the mention says asserted it.")
        var speaker: String?

        @Flag(help: "The sentence is in the article's own voice: no speaker.")
        var ownVoice = false

        @Option(
            help: "The speaker's kind: outlet, person, organization, anonymous, document or unknown.",
            transform: { text in
                guard let kind = SourceKind(rawValue: text.lowercased()) else {
                    throw ValidationError(
                        "'\(text)' is not a kind: outlet, person, organization, anonymous, document, unknown")
                }
                return kind
            })
        var kind: SourceKind?

        @Option(parsing: .upToNextOption, help: "Intermediaries, nearest the statement first: --via Reuters Politico.")
        var via: [String] = []

        @Flag(help: "The mention has no intermediary.")
        var noVia = false

        @Option(help: "A note kept with the decision.")
        var note: String?

        func validate() throws {
            if speaker != nil, ownVoice { throw ValidationError("--speaker and --own-voice contradict each other") }
            if !via.isEmpty, noVia { throw ValidationError("--via and --no-via contradict each other") }
        }

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
            try out.finish()
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            let corrects = speaker != nil || ownVoice || kind != nil || !via.isEmpty || noVia
            let opened = corrects ? try store.openForWriting() : try store.openForReading()
            let current = try opened.mentionAttribution(id)
            guard corrects else {
                out.write("mention \(id): \(current.label)\n")
                return
            }
            var wanted = current
            if let speaker {
                wanted.speaker = speaker
                wanted.kind = kind
            } else if ownVoice {
                wanted.speaker = nil
                wanted.kind = nil
            } else if let kind {
                wanted.kind = kind
            }
            if !via.isEmpty || noVia { wanted.via = via }
            let decision = try opened.correctMention(id, to: wanted, note: note)
            out.write("decision \(decision.id): \(decision.change.summary)\n")
        }
    }
}
