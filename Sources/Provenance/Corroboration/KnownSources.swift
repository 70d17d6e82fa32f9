/// A wire service, news outlet, international organisation or government body that news cites
/// under several names, from the curated table `known-sources.tsv`.
public struct KnownSource: Sendable, Hashable {
    /// What the table says a source is.
    public enum Category: String, Sendable, Hashable {
        case wire, outlet, international, government
    }

    /// The canonical name: what origins and `prov sources` call it.
    public var name: String
    public var category: Category
    /// The canonical name of the body it belongs to ("WHO" for IARC), if any.
    public var parent: String?
    /// Other names as the table writes them.
    public var aliases: [String]

    /// The kind of source a name of it is.
    public var kind: SourceKind {
        switch category {
        case .wire, .outlet: .outlet
        case .international, .government: .organization
        }
    }
}

/// The curated table of known sources (``text``, the reviewed copy `known-sources.tsv`), and its
/// lookups. Analysts extend it per store with `prov source merge`, which the name cache applies
/// after it.
public enum KnownSources {
    /// Every source in the table, in its order.
    public static let all: [KnownSource] = parse(text)

    /// The known source `name` names (its canonical name or an alias, as an article writes it).
    public static func named(_ name: String) -> KnownSource? {
        entry(SourceNames.tidiedWords(name))
    }

    /// The known source whose canonical name's key is `key`, if any.
    static func source(key: String) -> KnownSource? {
        lookup.byCanonicalKey[key].map { all[$0] }
    }

    /// The known source that tidied words name. An alias in capitals only (an acronym) matches
    /// only as written, dots aside ("U.N." is "UN", "who" is nobody); any other matches in any
    /// case once the name is written with a capital ("an economist" names no outlet).
    static func entry(_ words: [String]) -> KnownSource? {
        var words = words[...]
        // As written first ("The Hill"), then without its article ("the Pentagon"): a name that
        // the table writes with "The" is not matched by its bare word ("Hill" is a surname).
        while !words.isEmpty {
            if let found = entry(written: words.joined(separator: " ")) { return found }
            guard words.count > 1, let first = words.first, ["the", "a", "an"].contains(first.lowercased()) else {
                return nil
            }
            words.removeFirst()
        }
        return nil
    }

    private static func entry(written: String) -> KnownSource? {
        if let index = lookup.byAcronym[written.filter { $0 != "." }] { return all[index] }
        guard let found = lookup.byFolded[folded(written)] else { return nil }
        // The first word after an article carries the capital: "the Guardian", not "an economist".
        let significant = written.split(separator: " ").first { !["the", "a", "an"].contains($0.lowercased()) }
        guard
            significant?.first?.isUppercase == true || significant?.first?.isNumber == true || written == found.written
        else { return nil }
        return all[found.index]
    }

    private struct Lookup {
        var byAcronym: [String: Int] = [:]
        var byFolded: [String: (index: Int, written: String)] = [:]
        var byCanonicalKey: [String: Int] = [:]
    }

    private static let lookup: Lookup = {
        var lookup = Lookup()
        for (index, source) in all.enumerated() {
            lookup.byCanonicalKey[source.name.lowercased()] = index
            for name in [source.name] + source.aliases {
                let written = SourceNames.tidiedWords(name).joined(separator: " ")
                if isAcronym(written) {
                    let acronym = written.filter { $0 != "." }
                    if lookup.byAcronym[acronym] == nil { lookup.byAcronym[acronym] = index }
                } else if lookup.byFolded[folded(written)] == nil {
                    lookup.byFolded[folded(written)] = (index, written)
                }
            }
        }
        return lookup
    }()

    /// One word with no lower-case letter: "WHO", "U.N", "MI5".
    private static func isAcronym(_ name: String) -> Bool {
        !name.contains(" ") && !name.contains(where: \.isLowercase) && name.contains(where: \.isLetter)
    }

    private static func folded(_ name: String) -> String {
        var name = name.lowercased()
        while name.hasSuffix(".") { name.removeLast() }
        return name
    }

    /// The table's lines: `#` comments and blank lines skipped; name, category, parent and
    /// `|`-separated aliases separated by tabs. A malformed line is a bug that a test catches.
    static func parse(_ text: String) -> [KnownSource] {
        text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), !line.allSatisfy(\.isWhitespace) else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0).trimmingSpaces()
            }
            guard columns.count >= 2, !columns[0].isEmpty, let category = KnownSource.Category(rawValue: columns[1])
            else { return nil }
            let parent = columns.count > 2 && !columns[2].isEmpty ? columns[2] : nil
            let aliases =
                columns.count > 3
                ? columns[3].split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty } : []
            return KnownSource(name: columns[0], category: category, parent: parent, aliases: aliases)
        }
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
