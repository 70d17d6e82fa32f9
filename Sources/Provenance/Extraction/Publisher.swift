import Foundation

/// An article published by an organisation that is not a news outlet (a press release on an
/// association's site, a ministry's statement, a company's blog) speaks for that organisation:
/// what it says in its own voice is the organisation's statement, a first-hand source (DESIGN.md,
/// rule 1), not an outlet's report.
///
/// The organisation is known from the article's outlet name alone: its head word names an
/// organisation that publishes statements ("American Beverage Association", "Food Safety
/// Authority"; not "… Institute" or "The National") and no word of it names
/// a news outlet ("Daily News", "Press", "Times"). Parenthesised notes ("(GlobeNewswire, via …)")
/// are dropped first.
extension MentionExtractor {
    static func publisherOrganization(_ outlet: String?) -> String? {
        guard var name = outlet?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { return nil }
        if let open = name.firstIndex(of: "(") {
            name = String(name[..<open]).trimmingCharacters(in: .whitespaces)
        }
        guard !name.isEmpty, name.utf8.count <= 120 else { return nil }
        var text = name
        return text.withUTF8 { p -> String? in
            var tokens: [Token] = []
            Tokenizer.tokenize(p, 0..<p.count, inQuote: false, into: &tokens)
            guard !tokens.isEmpty, tokens.allSatisfy({ $0.isWord || $0.kind == .other }) else { return nil }
            let v = SentenceView(t: tokens, p: p)
            guard v.classes.isDisjoint(with: [.outlet, .outletSuffix, .outletReference]) else { return nil }
            guard let last = tokens.last, Self.publisherHeads.contains(last.hash) else { return nil }
            return v.classifySpeaker(0..<tokens.count).1 == .organization ? name : nil
        }
    }

    /// Head words of bodies that publish statements but are not news outlets. Narrower than the
    /// lexicon's organisation words: a site named "… Institute" or "… Group" is as often a news
    /// site as a think tank.
    static let publisherHeads: Set<UInt64> = Set(
        [
            "association", "associations", "agency", "ministry", "department", "council", "commission",
            "committee", "federation", "foundation", "university", "administration", "organization",
            "organisation", "authority", "government", "corporation", "inc", "inc.", "ltd", "ltd.", "plc",
            "society", "board", "bureau", "coalition", "alliance", "office",
        ].map { ByteText.hash($0) })
}
