/// Everything one import batch writes, decided in memory by ``BatchPlanner`` (article ids, claim
/// ids, mention ids, matches and origins), so that the thread that owns SQLite only executes it:
/// planning batch k+1 overlaps with writing batch k.
struct BatchPlan: Sendable {
    /// What happens to one file of the batch.
    enum ArticleStep: Sendable {
        /// New bytes: a new article row, which supersedes `replaces` (an older version at the same path).
        case insert(NewArticle)
        /// Bytes already stored under another path: recorded once as a copy.
        case copy(path: String, of: Int64)
        /// Nothing to write.
        case none
    }

    /// A new article row and what is stored beside it.
    struct NewArticle: Sendable {
        var id: Int64
        var article: ParsedArticle
        /// Outlets the article credits for its story, nearest first.
        var credits: [String]
        /// The outlet the article says broke the story first.
        var scoop: String?
        /// The older version at the same path that this one supersedes.
        var replaces: Int64?
        var sketch: ArticleSketch
        /// The copy group the article joined as a near-duplicate, and how similar it was.
        var copy: (group: Int64, similarity: Double)?
        /// What tracing needs of the article, shared by its mentions' evidence.
        let evidence: ArticleEvidence

        init(
            id: Int64, article: ParsedArticle, credits: [String], scoop: String?, replaces: Int64?,
            sketch: ArticleSketch, copy: (group: Int64, similarity: Double)?
        ) {
            self.id = id
            self.article = article
            self.credits = credits
            self.scoop = scoop
            self.replaces = replaces
            self.sketch = sketch
            self.copy = copy
            self.evidence = ArticleEvidence(
                path: article.path, outlet: article.outlet, published: article.published, credits: credits,
                scoop: scoop, group: copy?.group)
        }
    }

    /// One mention to insert, with the claim it joins and, when its claim is traced in memory,
    /// its origin.
    struct Mention: Sendable {
        var id: Int64
        var articleID: Int64
        var claimID: Int64
        var extracted: ExtractedMention
        var placement: MentionPlacement
        /// Nil when its claim existed before this import: such claims are traced from the store
        /// when the import ends, since their older mentions are not in memory.
        var trace: TracedMention?
    }

    /// A claim first stated in this batch, with its corroboration as of this batch (nil: not
    /// traced, so written dirty, to be traced from the store).
    struct NewClaim: Sendable {
        var id: Int64
        var text: String
        var counts: ClaimCounts?
    }

    var articles: [ArticleStep] = []
    var outcomes: [ImportOutcome] = []
    var newClaims: [NewClaim] = []
    /// In id order.
    var mentions: [Mention] = []
    /// Mentions written by earlier batches whose origin changed as their claim grew; only the
    /// import's last plan has them, in id order (see ``BatchPlanner/finish()``).
    var retraced: [TracedMention] = []
    /// Claims written by earlier batches of this import, with their corroboration as of this batch.
    var recounted: [(claim: Int64, counts: ClaimCounts)] = []
    /// Figure series: a claim of this batch and the claim it restates with other figures.
    var seriesLinks: [(claim: Int64, related: Int64)] = []
    /// Borderline matches: a mention of this batch that came close to another claim.
    var suggestions: [(mention: Int64, claim: Int64, score: Double)] = []
    /// Claims that existed before this import and gained mentions: traced when the import ends.
    var dirtyClaims: Set<Int64> = []

    /// Whether writing the plan withdraws an older version of a file (deletes its mentions).
    var withdraws: Bool {
        articles.contains { step in
            if case .insert(let new) = step { new.replaces != nil } else { false }
        }
    }
}

/// The figures a claim row keeps from its ``Corroboration``.
struct ClaimCounts: Sendable, Hashable {
    var articleCount: Int
    var originCount: Int
    var circular: Bool
    var contested: Bool
    var unsourced: Bool
    var credibility: Int
    var firstSeen: String?

    init(_ result: Corroboration) {
        articleCount = result.articleCount
        originCount = result.originCount
        circular = result.circular
        contested = result.contested
        unsourced = result.unsourced
        credibility = result.credibility
        firstSeen = result.firstSeen
    }
}
