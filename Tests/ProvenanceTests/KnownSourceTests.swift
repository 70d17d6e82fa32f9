import Foundation
import Testing

@testable import Provenance

/// The curated table of known sources (`known-sources.tsv`) and how names are read against it.
@Suite("Known sources")
struct KnownSourceTests {
    @Test("the embedded table is the reviewed known-sources.tsv")
    func tableMatchesTheReviewedFile() throws {
        let reviewed = try String(
            contentsOf: Fixtures.projectRoot.appending(path: "known-sources.tsv"), encoding: .utf8)
        #expect(reviewed.trimmingCharacters(in: .whitespacesAndNewlines) == KnownSources.text)
    }

    @Test("every line of the table parses, every parent is in it, and no name belongs to two sources")
    func tableIsWellFormed() {
        let lines = KnownSources.text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(KnownSources.all.count == lines.count)
        #expect(KnownSources.all.count < 300)
        let names = Set(KnownSources.all.map { $0.name.lowercased() })
        for source in KnownSources.all {
            if let parent = source.parent { #expect(names.contains(parent.lowercased()), "\(source.name)") }
            for alias in [source.name] + source.aliases {
                #expect(KnownSources.named(alias)?.name == source.name, "\(alias) names \(source.name)")
            }
        }
    }

    @Test(
        "an acronym and its full name are one source",
        arguments: [
            ("WHO", "World Health Organization"),
            ("the World Health Organisation", "WHO"),
            ("The World Health Organization (WHO)", "WHO"),
            ("International Agency for Research on Cancer (IARC)", "IARC"),
            ("the FDA", "U.S. Food and Drug Administration"),
            ("US FDA", "Food and Drug Administration"),
            ("AP", "The Associated Press"),
            ("AFP", "Agence France-Presse"),
            ("NYT", "The New York Times"),
            ("the EC", "European Commission"),
            ("CISA", "Cybersecurity and Infrastructure Security Agency"),
            ("U.N.", "the United Nations"),
            ("the UN nuclear watchdog", "International Atomic Energy Agency"),
        ])
    func acronymAndFullName(_ one: String, _ other: String) {
        #expect(SourceNames.key(one, kind: .organization) == SourceNames.key(other, kind: nil))
    }

    @Test(
        "names of known sources, as articles write them",
        arguments: [
            (
                "The WHO's cancer research wing, the International Agency for Research on Cancer (IARC)",
                SourceKind.organization, "IARC"
            ),
            ("WHO's cancer agency IARC", .organization, "IARC"),
            ("the Joint FAO/WHO Expert Committee on Food Additives", .organization, "JECFA"),
            ("The Hill", .outlet, "The Hill"),
            ("the Guardian", .outlet, "The Guardian"),
            ("THE State Security Agency (SSA)", .organization, "State Security Agency"),
            ("Sen. Ana Ruiz (R)", .person, "Ana Ruiz"),
            ("Channel 9 (AP)", .outlet, "Channel 9 AP"),
        ])
    func knownNames(_ name: String, _ kind: SourceKind, _ expected: String) {
        #expect(SourceNames.canonical(name, kind: kind) == expected)
    }

    @Test(
        "words that only look like a known name stay what they are",
        arguments: [
            ("who", SourceKind.unknown, "who"),
            ("Hill", .person, "Hill"),
            ("an economist", .person, "economist"),
            ("Ap", .person, "Ap"),
        ])
    func lookalikes(_ name: String, _ kind: SourceKind, _ expected: String) {
        #expect(SourceNames.canonical(name, kind: kind) == expected)
    }
}
