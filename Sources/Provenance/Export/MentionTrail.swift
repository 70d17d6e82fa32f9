/// A mention as the PROV-JSON and DOT exports need it: its span, its speaker, every hop of its
/// via chain with the source each hop names, and what its origin resolves to (a
/// source, a bare name, or, for an unsourced claim, the earliest article).
public struct MentionTrail: Sendable, Hashable {
    /// One intermediary of a via chain; `sourceID` is nil when no source stands for the name.
    public struct Hop: Sendable, Hashable {
        public var name: String
        public var sourceID: Int64?
    }

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
    public var stance: Stance
    public var hedged: Bool
    public var cue: String?
    public var rule: String
    /// Nearest the article first, as stored.
    public var via: [Hop]
    /// The origin's name; empty when the mention was not traced (a denial).
    public var origin: String
    public var originSourceID: Int64?
    /// For an unsourced claim (rule 6), the earliest article stating it: the origin itself.
    public var originArticleID: Int64?
    public var originRule: String
}
