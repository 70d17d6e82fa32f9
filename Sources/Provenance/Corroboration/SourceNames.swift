/// Canonical names of sources, so that one agent written five ways counts once.
///
/// Counting independent origins is only as good as the names it counts: "the Pentagon", "the
/// Defense Department", "DoD" and "Pentagon spokesman Jonathan Hoffman" are one source. The
/// rules are general (leading articles and titles dropped, "U.S." folded, a spokesperson
/// folded into the body they speak for, descriptions before a name dropped) plus the curated
/// table of wire services, outlets, international organisations and government bodies that news
/// cites under several names (``KnownSources``, `known-sources.tsv`).
public enum SourceNames {
    /// Canonical display name of a source as written in an article.
    public static func canonical(_ name: String, kind: SourceKind?) -> String {
        // An outlet's brackets name whose copy it runs ("WFLA (AP)"), so they stay.
        let name = kind == .outlet ? name : droppingBracketedAcronym(name)
        // "Saeed Khatibzadeh, the foreign ministry spokesman": the part naming the role wins.
        let parts = name.split(separator: ",")
        if parts.count > 1, kind != .anonymous,
            let role = parts.first(where: { part in
                part.split(separator: " ").contains { spokesWords.contains($0.lowercased()) }
                    || officerRole(in: tidy(String(part))) != nil
            })
        {
            return canonical(String(role), kind: kind)
        }
        // "The WHO's cancer research wing, the International Agency for Research on Cancer": an
        // apposition that is a known source's name says who speaks.
        if parts.count > 1, kind != .anonymous,
            let known = parts.lazy.compactMap({ KnownSources.named(droppingBracketedAcronym(String($0))) }).last
        {
            return known.name
        }
        var words = tidy(name)
        guard !words.isEmpty else { return "" }
        if let alias = alias(of: words) { return alias }
        if kind != .anonymous, let body = spokespersonBody(words) ?? officerBody(words) {
            return canonical(body.joined(separator: " "), kind: .organization)
        }
        if kind != .anonymous, let holder = officeHolder(words) {
            return canonical(holder.joined(separator: " "), kind: .person)
        }
        while let first = words.first, leadingArticles.contains(first.lowercased()), words.count > 1 {
            words.removeFirst()
        }
        if kind == .anonymous { return words.joined(separator: " ") }
        words = dropTitles(words)
        if kind == .person { words = dropRolePrefix(words) }
        // A description before a name: "the US news magazine Politico" → "Politico".
        if let describer = words.lastIndex(where: { describers.contains($0.lowercased()) }),
            describer + 1 < words.count,
            words[(describer + 1)...].allSatisfy({ isCapitalised($0) })
        {
            words = Array(words[(describer + 1)...])
        }
        if let alias = alias(of: words) { return alias }
        return words.joined(separator: " ")
    }

    /// Key for grouping: the case-folded canonical form.
    public static func key(_ name: String, kind: SourceKind?) -> String {
        canonical(name, kind: kind).lowercased()
    }

    /// Words, with quotes, possessive "'s" on the last word, punctuation at the ends and
    /// "U.S."/"United States" folded.
    private static func tidy(_ name: String) -> [String] {
        // `replacing` is slow and names are many: skip the passes that cannot match (every
        // variant starts with an ASCII "U"; the three special characters are not ASCII).
        var text = name
        if name.utf8.contains(where: { $0 >= 0x80 }) {
            text = text.replacing("\u{00A0}", with: " ").replacing("\u{2019}", with: "'").replacing(
                "\u{2018}", with: "'")
        }
        if text.utf8.contains(UInt8(ascii: "U")) {
            for variant in ["U.S.A.", "U.S.", "U.S", "United States of America", "United States", "USA"] {
                text = text.replacing(variant, with: "US")
            }
        }
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        words = words.map { trim($0, "\"“”'‘’,;:()") }.filter { !$0.isEmpty }
        if let last = words.last, last.hasSuffix("'s") { words[words.count - 1] = String(last.dropLast(2)) }
        if let last = words.last, last.hasSuffix(".") { words[words.count - 1] = String(last.dropLast()) }
        return words
    }

    /// "Pentagon spokesman Jonathan Hoffman", "Saeed Khatibzadeh, the foreign ministry
    /// spokesman", "a spokesman for the State Department" → the body's words.
    private static func spokespersonBody(_ words: [String]) -> [String]? {
        guard let role = words.firstIndex(where: { spokesWords.contains($0.lowercased()) }) else { return nil }
        if role + 1 < words.count, words[role + 1].lowercased() == "for" {
            return Array(words[(role + 2)...])
        }
        let before = words[..<role].filter {
            !leadingArticles.contains($0.lowercased()) && !["chief", "press"].contains($0.lowercased())
        }
        return before.isEmpty ? nil : before
    }

    /// Roles whose holder speaks for the body they lead, as a spokesperson does.
    static let officerRoles: [[String]] = [
        ["chief", "executive", "officer"], ["chief", "executive"], ["secretary", "general"], ["secretary-general"],
        ["director", "general"], ["director-general"], ["executive", "director"], ["ceo"], ["boss"],
    ]

    /// The range of an officer role (``officerRoles``) in `words`, if any.
    static func officerRole(in words: [String]) -> Range<Int>? {
        let folded = words.map { trim($0.lowercased(), ".,") }
        for start in folded.indices {
            for role in officerRoles where start + role.count <= folded.count {
                if Array(folded[start..<(start + role.count)]) == role { return start..<(start + role.count) }
            }
        }
        return nil
    }

    /// "Delta CEO Ed Bastian", "the company's chief executive", "Secretary General of the
    /// International Sweeteners Association" → the body's words, when they name one (a capital).
    private static func officerBody(_ words: [String]) -> [String]? {
        guard let role = officerRole(in: words) else { return nil }
        var body: [String]
        if role.upperBound < words.count, ["of", "at", "for"].contains(words[role.upperBound].lowercased()) {
            body = Array(words[(role.upperBound + 1)...])
        } else {
            body = words[..<role.lowerBound].filter { !leadingArticles.contains($0.lowercased()) }
            if let last = body.last, last.hasSuffix("'s") { body[body.count - 1] = String(last.dropLast(2)) }
        }
        guard body.contains(where: isCapitalised),
            !body.allSatisfy({ titleWordSet.contains(trim($0.lowercased(), ".")) })
        else { return nil }
        return body
    }

    /// Whether `name` is a person's office ("Mayor Ellen Thorsby's office", "the mayor's office"),
    /// which speaks for the person who holds it.
    public static func isOffice(_ name: String) -> Bool {
        officeHolder(tidy(name)) != nil
    }

    /// The words of ``officerRoles``, which end a run of capitalised words before a name.
    static let officerRoleWords: Set<String> = Set(officerRoles.flatMap { $0 })

    /// "Mayor Ellen Thorsby's office", "the office of the coordinator Michelle McGuinness" → the
    /// holder's words: an office speaks for the person who holds it. "The Office of Bridge
    /// Inspection", a body's name, is not a person's office.
    private static func officeHolder(_ words: [String]) -> [String]? {
        guard words.count >= 2 else { return nil }
        var words = words
        while let first = words.first, leadingArticles.contains(first.lowercased()), words.count > 1 {
            words.removeFirst()
        }
        if words.count >= 3, words[0] == "office", words[1].lowercased() == "of" {
            return Array(words.dropFirst(2))
        }
        if let last = words.last, last.lowercased() == "office", words.count >= 2,
            words[words.count - 2].hasSuffix("'s")
        {
            var holder = Array(words.dropLast())
            holder[holder.count - 1] = String(holder[holder.count - 1].dropLast(2))
            return holder
        }
        return nil
    }

    private static let titleWordSet: Set<String> = Set(titleWords.flatMap { $0 })

    private static func dropTitles(_ words: [String]) -> [String] {
        var words = words
        // Each word lowercased without dots, folded once rather than once per title.
        var folded = words.map { trim($0.lowercased(), ".") }
        var changed = true
        while changed, words.count > 1 {
            changed = false
            for parts in titleWords {
                guard words.count > parts.count, zip(folded, parts).allSatisfy({ $0.0 == $0.1 }) else { continue }
                words.removeFirst(parts.count)
                folded.removeFirst(parts.count)
                changed = true
                break
            }
        }
        return words
    }

    /// ``titles`` split into lowercased words, in the same order.
    private static let titleWords: [[String]] = titles.map { $0.split(separator: " ").map { $0.lowercased() } }

    /// "Transportation Commissioner Dana Okoro", "Councilmember Priya Anand", "National
    /// Intelligence Director Avril Haines" → the name after the last role word, when two or
    /// more capitalised words follow it.
    private static func dropRolePrefix(_ words: [String]) -> [String] {
        guard let role = words.lastIndex(where: { roleWords.contains(trim($0.lowercased(), ".")) }),
            words.count - role - 1 >= 2 || (role == 0 && words.count == 2),
            words[(role + 1)...].allSatisfy({ isCapitalised($0) })
        else { return words }
        return Array(words[(role + 1)...])
    }

    /// Role nouns that end a title before a person's name.
    private static let roleWords: Set<String> = [
        "commissioner", "councilmember", "councilman", "councilwoman", "councillor", "inspector", "director",
        "secretary", "minister", "chief", "officer", "mayor", "governor", "president", "general", "senator",
        "representative", "attorney", "prosecutor", "judge", "spokesman", "spokeswoman", "spokesperson", "chairman",
        "chairwoman", "chair", "commander", "ambassador", "envoy", "adviser", "advisor", "analyst", "engineer",
        "professor", "lawmaker", "leader", "head", "manager", "administrator", "superintendent", "sheriff",
        "ceo", "coordinator", "boss",
    ]

    /// The canonical name of the known source (``KnownSources``) that `words` name.
    private static func alias(of words: [String]) -> String? {
        KnownSources.entry(words)?.name
    }

    /// `name` as ``canonical(_:kind:)`` reads its words: quotes, punctuation at the ends and a
    /// final possessive dropped, "U.S." folded to "US".
    static func tidiedWords(_ name: String) -> [String] { tidy(name) }

    /// "The World Health Organization (WHO)" → "The World Health Organization": a name followed by
    /// its acronym (or a one-letter party tag) in brackets is that name.
    private static func droppingBracketedAcronym(_ name: String) -> String {
        var trimmed = Substring(name)
        while trimmed.last == " " || trimmed.last == "." || trimmed.last == "," { trimmed.removeLast() }
        guard trimmed.last == ")", let open = trimmed.lastIndex(of: "(") else { return name }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        var before = trimmed[..<open]
        while before.last == " " { before.removeLast() }
        guard !inside.isEmpty, inside.count <= 10, !inside.contains(" "), !inside.contains(where: \.isLowercase),
            inside.contains(where: \.isLetter), before.contains(where: \.isLetter)
        else { return name }
        return String(before)
    }

    /// `word` without the given characters at either end.
    private static func trim(_ word: String, _ characters: String) -> String {
        let set = Set(characters)
        guard let first = word.firstIndex(where: { !set.contains($0) }),
            let last = word.lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(word[first...last])
    }

    private static func isCapitalised(_ word: String) -> Bool { word.first?.isUppercase == true }

    private static let leadingArticles: Set<String> = ["the", "a", "an"]

    private static let spokesWords: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen",
    ]

    /// Descriptions that precede an outlet's or agency's name.
    private static let describers: Set<String> = [
        "magazine", "newspaper", "daily", "outlet", "website", "site", "broadcaster", "agency", "network",
        "channel", "tabloid", "weekly", "publication", "wire", "service", "television", "tv", "radio",
    ]

    /// Titles and roles that precede a person's name, longest first.
    private static let titles: [String] = [
        "Director of National Intelligence", "Secretary of State", "Secretary of Defense", "Defense Secretary",
        "Vice President", "Prime Minister", "Foreign Minister", "Defence Minister", "Defense Minister",
        "Supreme Leader", "Press Secretary", "Lt. Col", "Lt Col", "Lt. Gen", "Lt Gen", "Maj. Gen", "Maj Gen",
        "Brig. Gen", "Brig Gen", "Rear Adm", "Former President", "President", "Gen", "General", "Lt", "Col",
        "Colonel", "Capt", "Captain", "Maj", "Major", "Sgt", "Adm", "Admiral", "Sen", "Senator", "Rep", "Gov",
        "Governor", "Secretary", "Minister", "Ambassador", "Dr", "Mr", "Mrs", "Ms", "FM", "Ayatollah", "Chairman",
        "Commander", "Director", "Chief", "Judge", "Justice", "Mayor", "King", "Queen", "Prince", "Sheikh",
    ]
}
