/// One occurrence of a claim in one article, as stored, with the origin it
/// was traced to. Offsets are Unicode code points into the article's text.
public struct Mention: Sendable, Hashable, Codable {
    public var id: Int64
    public var claimID: Int64
    public var articleID: Int64
    public var start: Int
    public var end: Int
    public var exact: String
    public var prefix: String
    public var suffix: String
    public var speaker: String?
    public var speakerSourceID: Int64?
    public var speakerKind: SourceKind?
    public var speakerStart: Int?
    public var speakerEnd: Int?
    public var via: [String]
    public var stance: Stance
    public var hedged: Bool
    public var cue: String?
    public var cueStart: Int?
    public var cueEnd: Int?
    /// The extraction rule that read the mention.
    public var rule: String
    /// The origin's name (DESIGN.md rules 1–6) and the rule that traced it.
    public var origin: String
    public var originSourceID: Int64?
    public var originRule: String

    public init(
        id: Int64, claimID: Int64, articleID: Int64, start: Int, end: Int, exact: String, prefix: String,
        suffix: String, speaker: String?, speakerSourceID: Int64?, speakerKind: SourceKind?,
        speakerStart: Int?, speakerEnd: Int?, via: [String], stance: Stance, hedged: Bool, cue: String?,
        cueStart: Int?, cueEnd: Int?, rule: String, origin: String, originSourceID: Int64?, originRule: String
    ) {
        self.id = id
        self.claimID = claimID
        self.articleID = articleID
        self.start = start
        self.end = end
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.speaker = speaker
        self.speakerSourceID = speakerSourceID
        self.speakerKind = speakerKind
        self.speakerStart = speakerStart
        self.speakerEnd = speakerEnd
        self.via = via
        self.stance = stance
        self.hedged = hedged
        self.cue = cue
        self.cueStart = cueStart
        self.cueEnd = cueEnd
        self.rule = rule
        self.origin = origin
        self.originSourceID = originSourceID
        self.originRule = originRule
    }
}
