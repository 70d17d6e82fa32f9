/// One mention of a claim as extraction reads it from an article, before it
/// is stored or matched.
///
/// Every range is a range of **UTF-8 byte offsets into the file's bytes**,
/// front matter included; the store converts them to Unicode code points.
public struct ExtractedMention: Sendable, Hashable {
    /// The claim content, or the whole sentence when the content cannot be cut out cleanly.
    public var span: Range<Int>
    /// The wording used to match this mention against claims: the content with
    /// attribution removed ("Iran denied X" gives "X" for the denying mention).
    public var content: String
    /// Who the article says made the statement, as written; nil for the article's own voice.
    public var speaker: String?
    public var speakerSpan: Range<Int>?
    public var speakerKind: SourceKind?
    /// Intermediaries between the article and the speaker, nearest first.
    public var via: [String]
    public var stance: Stance
    /// "reportedly", "allegedly", "may", "is said to".
    public var hedged: Bool
    /// The attribution cue as written ("said", "according to"), nil for own voice.
    public var cue: String?
    public var cueSpan: Range<Int>?
    /// Name of the extraction rule that produced the mention, for explanations.
    public var rule: String

    public init(
        span: Range<Int>,
        content: String,
        speaker: String? = nil,
        speakerSpan: Range<Int>? = nil,
        speakerKind: SourceKind? = nil,
        via: [String] = [],
        stance: Stance = .asserts,
        hedged: Bool = false,
        cue: String? = nil,
        cueSpan: Range<Int>? = nil,
        rule: String
    ) {
        self.span = span
        self.content = content
        self.speaker = speaker
        self.speakerSpan = speakerSpan
        self.speakerKind = speakerKind
        self.via = via
        self.stance = stance
        self.hedged = hedged
        self.cue = cue
        self.cueSpan = cueSpan
        self.rule = rule
    }
}

/// What extraction reads from one article: its mentions, and the outlets the
/// article credits for its story ("Politico reported on Sunday that …"),
/// nearest first, which DESIGN.md rules 2 and 3 trace own-voice text to.
public struct ArticleExtraction: Sendable, Hashable {
    public var mentions: [ExtractedMention]
    public var credits: [String]
    /// The outlet the article says broke the story first ("Politico first broke this story",
    /// "Reuters was first to report that…"): other outlets in it reported that outlet's scoop.
    public var scoop: String?

    public init(mentions: [ExtractedMention], credits: [String], scoop: String? = nil) {
        self.mentions = mentions
        self.credits = credits
        self.scoop = scoop
    }
}
