/// Words that tell what kind of speaker a phrase names, for the origin rules.
extension OriginTracer {
    /// The outlet in "CNN's Barbara Starr" or "the Post's Jane Doe": a possessive name followed
    /// by a person's name (two or more capitalised words) or by a reporter's role.
    static func reportersOutlet(_ speaker: String) -> String? {
        let normalized = speaker.replacing("\u{2019}", with: "'")
        guard let mark = normalized.firstRange(of: "'s ") else { return nil }
        let owner = String(normalized[..<mark.lowerBound])
        let rest = normalized[mark.upperBound...].split(separator: " ")
        guard !owner.isEmpty, owner.first?.isUppercase == true || owner.hasPrefix("the "),
            owner.split(separator: " ").count <= 4
        else { return nil }
        // "the firm's CEO George Kurtz", "WHO's Francesco Branca": an officer, or someone of a body
        // the known-sources table says is no outlet, speaks for that body, not as a reporter.
        if SourceNames.officerRole(in: rest.map(String.init)) != nil { return nil }
        if let known = KnownSources.named(owner), known.kind != .outlet { return nil }
        let reporterRole = rest.contains { reporterWords.contains($0.lowercased()) }
        let named = rest.count >= 2 && rest.allSatisfy { $0.first?.isUppercase == true }
        return reporterRole || named ? owner : nil
    }

    static let reporterWords: Set<String> = [
        "reporter", "correspondent", "journalist", "editor", "columnist", "anchor", "host", "writer",
    ]

    /// A speaker described, not named: "a city engineer…", "two officials", "several sources".
    static func isIndefiniteDescription(_ speaker: String) -> Bool {
        guard let first = speaker.split(separator: " ").first?.lowercased(), speaker.contains(" ") else {
            return false
        }
        return indefiniteOpeners.contains(first)
    }

    static let indefiniteOpeners: Set<String> = [
        "a", "an", "one", "two", "three", "four", "several", "some", "many", "multiple", "senior", "unnamed",
        "anonymous", "other", "another",
    ]

    /// "The newspaper", "the website", "the report": an outlet named only by what it is.
    static func isGenericOutletReference(_ speaker: String) -> Bool {
        var words = speaker.lowercased().split(separator: " ")
        if let first = words.first, ["the", "a", "an", "that", "this"].contains(first) { words.removeFirst() }
        guard words.count <= 2, let last = words.last else { return false }
        return genericOutletWords.contains(String(last))
    }

    /// A role with no name: "State inspector", "senior US officials", "the engineer". Words
    /// after the first that are capitalised mark a name ("Inspector Martin Kessler").
    static func isUnnamedRole(_ speaker: String) -> Bool {
        let words = speaker.split(separator: " ")
        guard let last = words.last, words.count <= 4 else { return false }
        guard roleNouns.contains(last.lowercased()) else { return false }
        return !words.dropFirst().contains {
            $0.first?.isUppercase == true && $0.count > 2 && $0 != "US" && $0 != "U.S."
        }
    }

    static let roleNouns: Set<String> = [
        "inspector", "inspectors", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source",
        "sources", "engineer", "engineers", "officer", "officers", "expert", "experts", "analyst", "analysts",
        "aide", "aides", "adviser", "advisers", "diplomat", "diplomats", "lawmaker", "lawmakers", "commissioner",
        "minister", "secretary", "director", "investigators", "investigator", "authorities", "residents", "witnesses",
    ]

    static let genericOutletWords: Set<String> = [
        "newspaper", "paper", "outlet", "website", "site", "publication", "network", "broadcaster", "channel",
        "report", "magazine", "agency", "daily", "tabloid", "broadsheet", "station",
    ]

}
