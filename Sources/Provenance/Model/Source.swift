/// An agent that can assert something: an outlet, a person, an organisation,
/// an anonymous source or a document, under its canonical name.
public struct Source: Sendable, Hashable, Codable {
    public var id: Int64
    public var name: String
    public var kind: SourceKind
    public var aliases: [String]
    /// Admiralty reliability A–F set by an analyst; nil when nobody graded it.
    public var reliability: String?
    /// Mentions whose speaker is this source.
    public var mentionCount: Int
    /// Claims that have this source among their origins.
    public var originOfClaims: Int

    public init(
        id: Int64, name: String, kind: SourceKind, aliases: [String], reliability: String?,
        mentionCount: Int, originOfClaims: Int
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.reliability = reliability
        self.mentionCount = mentionCount
        self.originOfClaims = originOfClaims
    }
}
