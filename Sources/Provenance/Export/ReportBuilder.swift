/// Reads a ``ReportContent`` from a store: the summary, then the claims worth an
/// editor's attention, each with its grade, origins, spread and evidence.
///
/// A claim is shown in full once, in the first section it belongs to (circular,
/// contested, corroborated); later sections point back to it.
///
/// ```swift
/// let content = try ReportBuilder(scope: ReportScope(since: "2025-03-05")).build(from: store)
/// var html = ""
/// HTMLReport().write(content, to: &html)
/// ```
public struct ReportBuilder: Sendable {
    public var scope: ReportScope

    public init(scope: ReportScope = ReportScope()) {
        self.scope = scope
    }

    /// Throws ``ProvenanceError/claimNotFound(id:)`` when a claim asked for by id does not exist.
    public func build(from store: Store) throws -> ReportContent {
        let summary = try store.reportSummary()  // traces dirty claims once for the whole report
        if let ids = scope.claimIDs {
            let known = Set(try store.claims(ClaimFilter(ids: ids)).map(\.id))
            if let missing = ids.first(where: { !known.contains($0) }) {
                throw ProvenanceError.claimNotFound(id: missing)
            }
        }
        var shown: Set<Int64> = []
        var sections: [ReportSection] = []
        for kind in ReportSection.Kind.allCases {
            guard let filter = filter(for: kind) else { continue }
            var section = ReportSection(kind: kind, claims: [], shownAbove: [])
            for claim in try store.claims(filter) {
                if shown.contains(claim.id) {
                    if kind != .selected {
                        section.shownAbove.append(ReportClaimReference(id: claim.id, text: claim.text))
                    }
                    continue
                }
                shown.insert(claim.id)
                section.claims.append(try reportClaim(try store.tracedClaimDetail(claim.id), store: store))
            }
            if kind != .selected || !section.claims.isEmpty { sections.append(section) }
        }
        return ReportContent(summary: summary, narrowing: scope.description, sections: sections)
    }

    /// The claims of one section, or nil for a section this report leaves out.
    func filter(for kind: ReportSection.Kind) -> ClaimFilter? {
        var filter = scope.baseFilter
        switch kind {
        case .circular: filter.circular = true
        case .contested: filter.contested = true
        case .corroborated:
            filter.minOrigins = 2
            filter.minArticles = scope.minArticles ?? 2
        case .selected:
            guard scope.claimIDs != nil else { return nil }
        }
        return filter
    }

    func reportClaim(_ detail: ClaimDetail, store: Store) throws -> ReportClaim {
        let articles = detail.articles.mapValues(Self.reportArticle)
        let graded = try store.reliabilities(of: Set(detail.origins.compactMap(\.sourceID)))
        let origins = detail.origins.map { origin in
            ReportOrigin(
                name: origin.name, firstPublished: origin.firstPublished, mentions: origin.mentionIDs.count,
                reliability: origin.sourceID.flatMap { graded[$0] } ?? "F")
        }
        let chosen = Self.evidence(detail.mentions, limit: scope.evidencePerClaim)
        let evidence = chosen.compactMap { mention in
            articles[mention.articleID].map { article in
                ReportEvidence(
                    sentence: mention.exact, stance: mention.stance, hedged: mention.hedged, speaker: mention.speaker,
                    via: mention.via, origin: mention.origin, article: article)
            }
        }
        return ReportClaim(
            claim: detail.claim,
            grade: ReportGrade(claim: detail.claim, originReliabilities: origins.map(\.reliability)),
            origins: origins,
            spread: SpreadGraph(
                origins: detail.origins, mentions: detail.mentions, articles: articles,
                articlesPerOrigin: scope.spreadArticlesPerOrigin),
            evidence: evidence, evidenceLeftOut: detail.mentions.count - evidence.count)
    }

    /// At most `limit` mentions, in their order (earliest article first). When not all fit,
    /// denials and disputes go in before assertions: they are what makes a claim contested.
    static func evidence(_ mentions: [Mention], limit: Int) -> [Mention] {
        guard mentions.count > limit else { return mentions }
        let priority = mentions.indices.sorted { lhs, rhs in
            let (l, r) = (mentions[lhs].stance == .asserts, mentions[rhs].stance == .asserts)
            return l != r ? r : lhs < rhs
        }
        return priority.prefix(max(limit, 0)).sorted().map { mentions[$0] }
    }

    /// What the report shows of an article; a URL that is not http(s) is dropped, never linked.
    static func reportArticle(_ article: Article) -> ReportArticle {
        let fileName = article.path.split(separator: "/").last.map(String.init) ?? article.path
        let title = article.title.flatMap { $0.isEmpty ? nil : $0 } ?? fileName
        let url = article.url.flatMap { url in
            let lowered = url.lowercased()
            return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") ? url : nil
        }
        return ReportArticle(
            id: article.id, title: title, outlet: article.outlet.flatMap { $0.isEmpty ? nil : $0 }, url: url,
            published: article.published)
    }
}
