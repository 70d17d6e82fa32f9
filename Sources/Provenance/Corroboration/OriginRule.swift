/// The rule that traced a mention to its origin (DESIGN.md, "Tracing a mention
/// to its origin"), so that `prov claim ID --why` can say why.
public enum OriginRule: String, Sendable, Hashable, CaseIterable, Codable {
    /// Rule 1: a named person or organisation speaking first-hand.
    case namedSpeaker = "named-speaker"
    /// Rule 2: an anonymous source, an outlet or a report, traced to the last outlet of its via chain.
    case viaChain = "via-chain"
    /// Rule 2: an outlet speaking in its own name with no intermediary.
    case outletSpeaker = "outlet-speaker"
    /// Rule 2: an outlet's report in an article that says another outlet broke the story first
    /// ("Politico first broke this story"), traced to that outlet.
    case scoop = "scoop"
    /// Rule 2: an anonymous source with no via, traced to the outlet the article credits or its own outlet.
    case anonymousToOutlet = "anonymous-to-outlet"
    /// Rule 4: the article is a near-duplicate of another (wire copy, syndication, a repost);
    /// what it attributes to no one but its own outlet traces as the earliest copy does.
    case copy = "copy"
    /// Rule 4: the mention repeats, word for word and without credit, a sentence another article
    /// attributes; it traces where that attribution does.
    case copiedSentence = "copied-sentence"
    /// Rule 3: the article's own voice inside the story it credits to an outlet.
    case creditedStory = "credited-story"
    /// Rule 1, within one article: the article attributes the claim to a named speaker in
    /// another sentence (its headline or lead restating the body), so this mention is that
    /// same report.
    case sameArticle = "same-article"
    /// Rule 5: no attribution identifies an origin; traced to the claim's earliest identified origin.
    case earliestIdentified = "earliest-identified"
    /// Rule 6: nobody is credited anywhere; traced to the earliest article stating it.
    case unsourced = "unsourced"

    /// One line for explanations.
    public var explanation: String {
        switch self {
        case .namedSpeaker: "a named person or organisation speaking first-hand is its own origin (rule 1)"
        case .viaChain: "an anonymous source or outlet traces to the intermediary nearest the statement (rule 2)"
        case .outletSpeaker: "an outlet reporting in its own name is the origin (rule 2)"
        case .scoop: "the article says another outlet broke the story first: this report follows that scoop (rule 2)"
        case .anonymousToOutlet: "an anonymous source with no via traces to the outlet that heard it (rule 2)"
        case .copy:
            "the article is a near-duplicate of an earlier one (wire copy, syndication, repost): one report, traced as the earliest copy (rule 4)"
        case .copiedSentence:
            "repeats without credit a sentence another article attributes: traced where that article traces it (rule 4)"
        case .creditedStory: "own-voice text of a story the article credits to an outlet traces there (rule 3)"
        case .sameArticle:
            "the article attributes this claim to a named speaker elsewhere in it: same report, same origin (rule 1)"
        case .earliestIdentified:
            "no attribution identifies an origin, so it adds none: traced to the claim's earliest identified origin (rule 5)"
        case .unsourced: "nobody is credited anywhere: traced to the earliest article that states it (rule 6)"
        }
    }
}
