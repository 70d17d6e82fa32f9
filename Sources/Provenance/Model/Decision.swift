/// An analyst's correction, stored as what was decided rather than as the rows it changed, so that
/// an import replays it over re-imported articles and new matches.
public struct Decision: Sendable, Hashable {
    public var id: Int64
    public var change: DecisionChange
    public var note: String?
    public var createdAt: String
    /// When it was undone; an undone decision is listed but no longer replayed.
    public var undoneAt: String?

    public init(id: Int64, change: DecisionChange, note: String?, createdAt: String, undoneAt: String?) {
        self.id = id
        self.change = change
        self.note = note
        self.createdAt = createdAt
        self.undoneAt = undoneAt
    }
}

/// What a decision changes. Claims are named by a member mention, sources by their key (the
/// case-folded canonical name): both stay valid when a re-import renumbers rows.
public enum DecisionChange: Sendable, Hashable, Codable {
    /// The claim holding `from` joins the claim holding `into`. `moved` lists the mentions that
    /// joined, so that undoing splits them off again.
    case mergeClaims(into: MentionKey, from: MentionKey, moved: [MentionKey])
    /// `mentions` are not the claim that `anchor` (a mention that stays) states: they form a claim
    /// of their own.
    case splitClaim(anchor: MentionKey, mentions: [MentionKey])
    /// The canonical wording of the claim holding `member`; `was` is the wording it replaced.
    case claimText(member: MentionKey, text: String, was: String)
    /// A mention's speaker (nil: the article's own voice) and via chain, nearest first; `was` is
    /// what extraction had read, restored by undoing.
    case attribution(MentionKey, MentionAttribution, was: MentionAttribution)
    /// Source `from` becomes an alias of source `into`: origins count them as one.
    case mergeSources(into: SourceRef, from: SourceRef, fromReliability: String?)
    /// An Admiralty reliability grade, A–F, of a source; `was` is the grade it replaced.
    case gradeSource(SourceRef, grade: String, was: String?)

    /// The `decision.kind` column.
    public var kind: String {
        switch self {
        case .mergeClaims: "claim-merge"
        case .splitClaim: "claim-split"
        case .claimText: "claim-text"
        case .attribution: "mention-attribution"
        case .mergeSources: "source-merge"
        case .gradeSource: "source-grade"
        }
    }

    /// One line for listings.
    public var summary: String {
        switch self {
        case .mergeClaims(let into, let from, let moved):
            "claim of \(from.label) joins claim of \(into.label) (\(Wording.counted(moved.count, "mention")))"
        case .splitClaim(let anchor, let mentions):
            "\(mentions.map(\.label).joined(separator: ", ")) split from the claim of \(anchor.label)"
        case .claimText(let member, let text, _):
            "claim of \(member.label) worded “\(text)”"
        case .attribution(let mention, let attribution, _):
            "\(mention.label): \(attribution.label)"
        case .mergeSources(let into, let from, _):
            "source \(from.name) is an alias of \(into.name)"
        case .gradeSource(let source, let grade, _):
            "source \(source.name) graded \(grade)"
        }
    }
}

/// Who a mention says asserted it.
public struct MentionAttribution: Sendable, Hashable, Codable {
    public var speaker: String?
    public var kind: SourceKind?
    /// Nearest intermediary first.
    public var via: [String]

    public init(speaker: String?, kind: SourceKind?, via: [String]) {
        self.speaker = speaker
        self.kind = speaker == nil ? nil : kind
        self.via = via
    }

    /// "speaker Jonathan Hoffman (person) via Politico", or "own voice".
    public var label: String {
        var text = speaker.map { "speaker \($0) (\(kind?.rawValue ?? "unknown"))" } ?? "own voice"
        if !via.isEmpty { text += " via " + via.joined(separator: " > ") }
        return text
    }
}

/// A source as a decision names it: its key, stable across imports, and its name when decided.
public struct SourceRef: Sendable, Hashable, Codable {
    public var key: String
    public var name: String
    public var kind: SourceKind

    public init(key: String, name: String, kind: SourceKind) {
        self.key = key
        self.name = name
        self.kind = kind
    }
}
