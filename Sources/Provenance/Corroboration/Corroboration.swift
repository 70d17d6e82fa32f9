/// What the origin rules need to know about one mention and its article.
public struct OriginEvidence: Sendable, Hashable {
    public var mentionID: Int64
    public var articleID: Int64
    /// The article's facts, one instance shared by its mentions.
    public var article: ArticleEvidence
    public var speaker: String?
    public var speakerKind: SourceKind?
    /// Nearest intermediary first.
    public var via: [String]
    public var stance: Stance
    /// ``wordingKey(of:)`` of the mention's text: equal for the same sentence in two articles.
    public var wording: UInt64 = 0

    public init(
        mentionID: Int64, articleID: Int64, article: ArticleEvidence, speaker: String?, speakerKind: SourceKind?,
        via: [String], stance: Stance
    ) {
        self.mentionID = mentionID
        self.articleID = articleID
        self.article = article
        self.speaker = speaker
        self.speakerKind = speakerKind
        self.via = via
        self.stance = stance
    }

    public init(
        mentionID: Int64, articleID: Int64, articlePath: String, articleOutlet: String?,
        articlePublished: String?, articleCredits: [String], speaker: String?, speakerKind: SourceKind?,
        via: [String], stance: Stance, articleScoop: String? = nil, articleGroup: Int64? = nil
    ) {
        self.init(
            mentionID: mentionID, articleID: articleID,
            article: ArticleEvidence(
                path: articlePath, outlet: articleOutlet, published: articlePublished, credits: articleCredits,
                scoop: articleScoop, group: articleGroup),
            speaker: speaker, speakerKind: speakerKind, via: via, stance: stance)
    }

    public var articlePath: String {
        get { article.path }
        set { article = article.replacing(path: newValue) }
    }
    public var articleOutlet: String? {
        get { article.outlet }
        set { article = article.replacing(outlet: .some(newValue)) }
    }
    public var articlePublished: String? {
        get { article.published }
        set { article = article.replacing(published: .some(newValue)) }
    }
    /// Outlets the article credits for its story, nearest first.
    public var articleCredits: [String] {
        get { article.credits }
        set { article = article.replacing(credits: newValue) }
    }
    /// The outlet the article says broke the story first, if it says so.
    public var articleScoop: String? {
        get { article.scoop }
        set { article = article.replacing(scoop: .some(newValue)) }
    }
    /// The copy group of the article when it is a near-duplicate (see ``ArticleEvidence/group``).
    public var articleGroup: Int64? {
        get { article.group }
        set { article = article.replacing(group: .some(newValue)) }
    }
}

extension OriginEvidence {
    /// A key of a mention's text that ignores case, punctuation and spacing (FNV-1a over its
    /// lower-cased letters and digits): a sentence copied from one article into another keeps
    /// it, though quotes turn curly or a comma goes missing.
    public static func wordingKey(of text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if value < 0x80 {
                if value >= 0x41 && value <= 0x5A { value |= 0x20 }
                guard (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) else { continue }
            } else if !scalar.properties.isAlphabetic {
                continue  // curly quotes, dashes, no-break spaces
            }
            hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
        }
        return hash
    }
}

/// Where one mention was traced.
public struct TracedMention: Sendable, Hashable {
    public var mentionID: Int64
    public var origin: String
    public var originKind: SourceKind
    public var rule: OriginRule
}

/// One independent origin of a claim and the asserting mentions traced to it.
public struct TracedOrigin: Sendable, Hashable {
    public var name: String
    public var kind: SourceKind
    public var firstPublished: String?
    public var mentionIDs: [Int64]
}

/// A claim's corroboration, computed from its mentions alone.
public struct Corroboration: Sendable, Hashable {
    public var traces: [TracedMention]
    /// Independent origins of the asserting mentions, in order of first appearance.
    public var origins: [TracedOrigin]
    public var articleCount: Int
    public var circular: Bool
    public var contested: Bool
    public var unsourced: Bool
    public var credibility: Int
    public var firstSeen: String?

    public var originCount: Int { origins.count }
}
