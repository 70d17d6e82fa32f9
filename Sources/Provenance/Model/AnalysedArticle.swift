/// An article parsed and read by extraction, waiting to be written.
public struct AnalysedArticle: Sendable, Hashable {
    public var article: ParsedArticle
    public var extraction: ArticleExtraction
    /// The matching signature of each mention's content, in the order of
    /// `extraction.mentions`; computed with extraction, off the writing thread.
    public var signatures: [ClaimSignature]
    /// Each mention's text, context and offsets, in the order of `extraction.mentions`; also
    /// computed off the writing thread.
    public var placements: [MentionPlacement]
    /// The fingerprint that finds the article's near-duplicates (wire copy, reposts).
    public var sketch: ArticleSketch

    public init(article: ParsedArticle, extraction: ArticleExtraction) {
        self.init(
            article: article, extraction: extraction, signature: SignatureCache.Entry.init(content:statementEvent:))
    }

    /// With a cache of signatures shared by the articles of one import.
    init(article: ParsedArticle, extraction: ArticleExtraction, signatures cache: SignatureCache) {
        self.init(article: article, extraction: extraction, signature: cache.entry(for:statementEvent:))
    }

    private init(
        article: ParsedArticle, extraction: ArticleExtraction,
        signature: (_ content: String, _ statementEvent: Bool) -> SignatureCache.Entry
    ) {
        self.article = article
        self.extraction = extraction
        // An article with no mentions adds nothing to trace, and files the store already holds
        // arrive here unextracted: neither needs a sketch.
        self.sketch = extraction.mentions.isEmpty ? ArticleSketch(hashes: []) : ArticleSketch(article)
        // "Iran denied the report of a plot" asserts the denial, a claim of its own.
        var entries = extraction.mentions.map { signature($0.content, $0.rule == "denial-event") }
        // "the number had risen to 64": a bare figure borrows the headline's words.
        if entries.contains(where: { $0.signature.isBareFigure }), let title = article.title {
            let headline = signature(title, false).signature
            for index in entries.indices where entries[index].signature.isBareFigure {
                entries[index] = SignatureCache.Entry(signature: entries[index].signature.inContext(of: headline))
            }
        }
        self.signatures = entries.map(\.signature)
        if extraction.mentions.isEmpty {
            self.placements = []
        } else {
            let text = UTF8Text(article.text)
            self.placements = zip(extraction.mentions, entries).map {
                MentionPlacement($0, encodedSignature: $1.encoded, in: text)
            }
        }
    }
}

/// What importing one file did.
public enum ImportOutcome: Sendable, Hashable {
    /// Written as a new article with this many mentions.
    case imported(articleID: Int64, mentions: Int)
    /// A new version of a file already imported from the same path; the old version's mentions are withdrawn.
    case newVersion(articleID: Int64, replaced: Int64, mentions: Int)
    /// The same bytes from the same path were already imported: nothing changed.
    case unchanged(articleID: Int64)
    /// The same bytes were already imported from another path: recorded as a copy.
    case copy(of: Int64)
}
