/// What a provenance report says, independent of how it is written out.
///
/// ``ReportBuilder`` reads it from a store once; ``MarkdownReport`` and ``HTMLReport``
/// only render it. Keeping every count, grade line and evidence choice here is what
/// stops the Markdown and HTML reports from drifting apart.
public struct ReportContent: Sendable, Hashable {
    public var summary: ReportSummary
    /// What narrowed the report, in words ("first seen on or after 2025-03-05"), for its reader.
    public var narrowing: [String]
    /// Circular, contested, independently corroborated, then any other selected claims.
    public var sections: [ReportSection]

    public init(summary: ReportSummary, narrowing: [String], sections: [ReportSection]) {
        self.summary = summary
        self.narrowing = narrowing
        self.sections = sections
    }

    /// How many claims the report shows in full (each is shown once, in its first section).
    public var shownClaims: Int { sections.reduce(0) { $0 + $1.claims.count } }
}

/// The store as a whole, before any narrowing: what an editor reads first.
public struct ReportSummary: Sendable, Hashable {
    public var articles: Int
    public var sources: Int
    public var claims: Int
    public var circular: Int
    public var contested: Int
    /// Claims with two or more independent origins.
    public var corroborated: Int
    public var unsourced: Int

    public init(
        articles: Int, sources: Int, claims: Int, circular: Int, contested: Int, corroborated: Int, unsourced: Int
    ) {
        self.articles = articles
        self.sources = sources
        self.claims = claims
        self.circular = circular
        self.contested = contested
        self.corroborated = corroborated
        self.unsourced = unsourced
    }

    /// The counts an editor looks at first, in the order both reports show them.
    public var figures: [ReportFigure] {
        [
            ReportFigure(key: "claims", label: "claims", count: claims),
            ReportFigure(key: "circular", label: "circular", count: circular),
            ReportFigure(key: "contested", label: "contested", count: contested),
            ReportFigure(key: "corroborated", label: "independently corroborated", count: corroborated),
            ReportFigure(key: "unsourced", label: "unsourced", count: unsourced),
        ]
    }

    /// "34 articles, 120 sources": where the claims come from.
    public var scale: String {
        Wording.counted(articles, "article") + ", " + Wording.counted(sources, "source")
    }
}

/// One count of the summary.
public struct ReportFigure: Sendable, Hashable {
    /// A stable name for styling ("circular").
    public var key: String
    public var label: String
    public var count: Int
}

/// One part of the report: the claims of one kind.
public struct ReportSection: Sendable, Hashable {
    /// Why a claim is worth an editor's attention; the sections come in this order.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case circular, contested, corroborated, selected

        /// The section's heading.
        public var title: String {
            switch self {
            case .circular: "Look corroborated, but circular"
            case .contested: "Contested"
            case .corroborated: "Independently corroborated"
            case .selected: "Other selected claims"
            }
        }

        /// One sentence under the heading saying what the section holds.
        public var explanation: String {
            switch self {
            case .circular: "Asserted in two or more articles that all trace back to one origin."
            case .contested: "Someone denies or disputes them."
            case .corroborated: "Two or more independent origins assert them."
            case .selected: "Claims asked for by id that fit none of the sections above."
            }
        }
    }

    public var kind: Kind
    /// Claims shown in full here.
    public var claims: [ReportClaim]
    /// Claims that belong here too but were shown in full in an earlier section.
    public var shownAbove: [ReportClaimReference]

    public init(kind: Kind, claims: [ReportClaim], shownAbove: [ReportClaimReference]) {
        self.kind = kind
        self.claims = claims
        self.shownAbove = shownAbove
    }

    /// Every claim that belongs to the section, shown here or above.
    public var count: Int { claims.count + shownAbove.count }
}

/// A claim named by a later section that points back to where it is shown.
public struct ReportClaimReference: Sendable, Hashable {
    public var id: Int64
    public var text: String

    public init(id: Int64, text: String) {
        self.id = id
        self.text = text
    }
}

/// Everything the report shows about one claim.
public struct ReportClaim: Sendable, Hashable {
    public var claim: Claim
    public var grade: ReportGrade
    public var origins: [ReportOrigin]
    /// How the claim spread from each origin to the articles that carried it.
    public var spread: SpreadGraph
    /// The sentences shown, earliest article first.
    public var evidence: [ReportEvidence]
    /// Mentions not shown (`prov claim ID` lists them all).
    public var evidenceLeftOut: Int

    public init(
        claim: Claim, grade: ReportGrade, origins: [ReportOrigin], spread: SpreadGraph, evidence: [ReportEvidence],
        evidenceLeftOut: Int
    ) {
        self.claim = claim
        self.grade = grade
        self.origins = origins
        self.spread = spread
        self.evidence = evidence
        self.evidenceLeftOut = evidenceLeftOut
    }
}

/// One independent origin of a claim.
public struct ReportOrigin: Sendable, Hashable {
    public var name: String
    /// The earliest publication date among the articles traced to it.
    public var firstPublished: String?
    /// How many asserting mentions trace to it.
    public var mentions: Int
    /// Admiralty reliability A–F of the origin as a source; "F" when nobody graded it.
    public var reliability: String

    public init(name: String, firstPublished: String?, mentions: Int, reliability: String) {
        self.name = name
        self.firstPublished = firstPublished
        self.mentions = mentions
        self.reliability = reliability
    }
}

/// One sentence behind a claim and the article it was read in.
public struct ReportEvidence: Sendable, Hashable {
    public var sentence: String
    public var stance: Stance
    public var hedged: Bool
    /// Who the article says asserted it; nil for the article's own voice.
    public var speaker: String?
    /// Intermediaries, nearest the article first.
    public var via: [String]
    public var origin: String
    public var article: ReportArticle

    public init(
        sentence: String, stance: Stance, hedged: Bool, speaker: String?, via: [String], origin: String,
        article: ReportArticle
    ) {
        self.sentence = sentence
        self.stance = stance
        self.hedged = hedged
        self.speaker = speaker
        self.via = via
        self.origin = origin
        self.article = article
    }

    /// "speaker: X, via A > B, denies; origin: Y": who said it and where it was traced, in words.
    public var attribution: String {
        var who = speaker.map { "speaker: \($0)" } ?? "own voice"
        if !via.isEmpty { who += ", via " + via.joined(separator: " > ") }
        if stance != .asserts { who += ", " + stance.rawValue }
        if hedged { who += ", hedged" }
        return who + (origin.isEmpty ? "" : "; origin: \(origin)")
    }
}

/// The article an evidence sentence or a spread branch comes from.
public struct ReportArticle: Sendable, Hashable {
    public var id: Int64
    /// The title, else the file name: never empty.
    public var title: String
    public var outlet: String?
    /// The article's address, only when it is an http or https URL (anything else is not linked).
    public var url: String?
    public var published: String?

    public init(id: Int64, title: String, outlet: String?, url: String?, published: String?) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
    }
}
