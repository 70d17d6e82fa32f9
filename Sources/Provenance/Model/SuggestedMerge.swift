/// Two claims that matching came close to merging: mentions of one scored just below the
/// threshold against the other. An analyst merges them (`prov claim merge`) or keeps them apart.
public struct SuggestedMerge: Sendable, Hashable {
    public var claim: Claim
    public var other: Claim
    /// The best score of a mention of one against the other, below the matching threshold.
    public var score: Double
    /// How many mentions came close.
    public var mentions: Int
}
