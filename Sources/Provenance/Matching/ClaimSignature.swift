/// What matching compares: the normalised content words and the exact figures of a mention.
///
/// Two mentions state the same claim when their content words overlap enough *and* their
/// figures agree; the signature holds exactly what that test needs, so it can be computed once
/// per mention, stored in one line of SQLite (``encoded``) and compared without the text.
public struct ClaimSignature: Sendable, Hashable, Codable {
    /// Normalised, stemmed, transliteration-folded content words, without stop words,
    /// attribution words and hedges; sorted and unique. Negation appears as the token "not".
    public var tokens: [String]
    /// Exact figures, normalised ("34", "1000", "5200", "2.5%"); sorted and unique. Dates,
    /// time spans, counts of speakers and vague quantities ("dozens") are not figures.
    public var figures: [String]
    /// The first named actor of the proposition ("iran" in "Iran is plotting…"), after any
    /// leading attribution; two mentions whose actors differ, each absent from the other, are
    /// about different events.
    public var actor: String?
    /// Tokens of the subject phrase, before the first verb: "iran embassy pretoria" in "The
    /// Iranian embassy in Pretoria is involved…". When a mention states two things ("an
    /// embassy is involved in a plot to kill the ambassador"), the claim about its subject
    /// is the one it states; matching ranks candidates that share the subject first.
    public var subject: [String] = []
    /// The mention is a bare figure whose words came from its headline (see
    /// ``inContext(of:)``); not part of the stored form, so only the import that read the
    /// article knows it.
    public var borrowsContext = false

    /// The signature of a mention's content (attribution mostly removed by extraction).
    public init(text: String) {
        let words = SignatureAttribution.content(SignatureScanner.scan(text))
        let readings = SignatureFigures.read(words)
        var tokens: [String] = []
        var figures: [String] = []
        var tokenOrigins: [(token: String, word: Int)] = []
        var index = 0
        while index < words.count {
            defer { index += 1 }
            switch readings[index] {
            case .figure(let figure):
                figures.append(figure)
                continue
            case .date(let date):
                tokens.append(date)
                continue
            case .consumed:
                continue
            case .word:
                break
            }
            let word = words[index]
            if index + 1 < words.count, readings[index + 1] == .word,
                let phrase = SignatureLexicon.phrases[word.text + " " + words[index + 1].text]
            {
                let token = Self.normalise(phrase)
                tokens.append(token)
                tokenOrigins.append((token, index))
                index += 1
                continue
            }
            guard let token = Self.token(for: word) else { continue }
            tokens.append(token)
            tokenOrigins.append((token, index))
        }
        if Self.isAboutAnAllegation(words) { tokens.append(Self.statementMarker) }
        self.tokens = Array(Set(tokens)).sorted()
        self.figures = Array(Set(figures)).sorted()
        self.actor = Self.actor(words: words, tokens: tokenOrigins)
        self.subject = Self.subject(words: words, tokens: tokenOrigins)
    }

    /// "Allegations of a plot against the ambassador are receiving attention", "the
    /// accusation that Iran plans an attack took officials by surprise": when the mention opens
    /// on an allegation of something, the mention states something about the claim (that it is alleged, taken
    /// seriously, surprising), not the claim, however many words the two share.
    static func isAboutAnAllegation(_ words: [RawWord]) -> Bool {
        // The subject's head comes early; "allegations that…", "rumours of…" name it.
        let opening = words.prefix(8)
        return zip(opening, opening.dropFirst()).contains { word, next in
            allegationNouns.contains(word.text) && allegationLinks.contains(next.text)
        }
    }

    private static let allegationLinks: Set<String> = ["that", "of", "about", "against"]

    private static let allegationNouns: Set<String> = [
        "allegation", "allegations", "accusation", "accusations", "rumor", "rumors", "rumour", "rumours",
        "speculation",
    ]

    /// The first verb-like word: an auxiliary, or a word ending in -ed or -ing.
    private static func firstVerb(in words: [RawWord]) -> Int? {
        words.firstIndex { word in
            let text = word.text
            return verbStops.contains(text) || (text.count > 4 && text.hasSuffix("ed"))
                || (text.count > 5 && text.hasSuffix("ing"))
        }
    }

    /// Builds a signature from parts already normalised (for tests and for decoding).
    init(tokens: [String], figures: [String], actor: String?, subject: [String] = []) {
        self.tokens = Array(Set(tokens)).sorted()
        self.figures = Array(Set(figures)).sorted()
        self.actor = actor
        self.subject = Array(Set(subject)).sorted()
    }

    /// The content tokens before the first verb-like word (an auxiliary, or a word ending in
    /// -ed or -ing), at most eight; none when the text opens with a verb.
    private static func subject(words: [RawWord], tokens: [(token: String, word: Int)]) -> [String] {
        guard let verb = firstVerb(in: words), verb > 0 else { return [] }
        return Array(Set(tokens.prefix { $0.word < verb }.prefix(8).map(\.token).filter { $0 != "not" })).sorted()
    }

    private static let verbStops: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may",
        "might", "should", "did", "does", "do", "must", "shall",
    ]

    /// Whether the mention negates its proposition ("no Americans were harmed").
    public var isNegated: Bool { tokens.contains("not") }

    /// The token that marks a mention stating that someone made a statement ("Iran denied
    /// the report that it plots X") rather than the statement's content (X): the two are
    /// different claims however many words they share, so matching keeps them apart.
    static let statementMarker = "§statement"

    /// Whether this signature is of a statement-event mention (see ``markingStatementEvent()``).
    public var isStatementEvent: Bool { tokens.contains(Self.statementMarker) }

    /// The same signature, marked as stating that someone made a statement.
    public func markingStatementEvent() -> ClaimSignature {
        var marked = self
        if !marked.isStatementEvent { marked.tokens = (tokens + [Self.statementMarker]).sorted() }
        return marked
    }

    /// The token a content word becomes, or nil for stop, attribution and hedge words.
    private static func token(for word: RawWord) -> String? {
        let text = word.text
        if SignatureLexicon.negations.contains(text) { return "not" }
        if text == "us", !word.isCapitalised { return nil }  // the pronoun, not the country
        if text.utf8.count < 2 || SignatureLexicon.stopWords.contains(text)
            || SignatureLexicon.attributionWords.contains(text)
        {
            return nil
        }
        if SignatureLexicon.numberWords[text] != nil || SignatureLexicon.scaleWords[text] != nil { return nil }
        return normalise(text)
    }

    /// Stem, synonym fold, transliteration fold.
    static func normalise(_ word: String) -> String {
        let stem = SignatureStemmer.stem(word)
        return SignatureStemmer.fold(stemSynonyms[stem] ?? stem)
    }

    /// ``SignatureLexicon/synonyms`` keyed and valued by stems.
    private static let stemSynonyms: [String: String] = {
        var table: [String: String] = [:]
        for (word, representative) in SignatureLexicon.synonyms {
            table[SignatureStemmer.stem(word)] = SignatureStemmer.stem(representative)
        }
        return table
    }()

    /// The first capitalised content word among the first two tokens of the proposition
    /// (attribution already cut), e.g. "iran" in "Iran is plotting…".
    private static func actor(words: [RawWord], tokens: [(token: String, word: Int)]) -> String? {
        for (token, word) in tokens.prefix(2) where words[word].isCapitalised && token != "not" {
            return token
        }
        return nil
    }
}
