/// One value of a figure series: a claim that restates the others with its own figures
/// ("11 troops were injured", then 34, 50, 64…), in order of first appearance.
public struct SeriesStep: Sendable, Hashable {
    public var claimID: Int64
    /// The claim's figures, normalised ("34", "2.5%").
    public var figures: [String]
    public var firstSeen: String?
    public var text: String
}
