/// A claim's Admiralty grade and verdict, in the one line both reports print:
/// "F2 — contested, independently corroborated: 5 articles, 2 origins".
///
/// The letter is source reliability (A–F) and the digit information credibility
/// (1–6), as the Admiralty code writes them. Credibility is what the store computed
/// (``Claim/credibility``). Reliability is an analyst's grade of a source; a claim has
/// no reliability of its own, so the grade takes its best-graded origin, and a source
/// nobody graded is F ("cannot be judged", DESIGN.md). Nothing here is invented: with
/// no analyst grades in the store every letter is F.
public struct ReportGrade: Sendable, Hashable {
    /// A–F: the best reliability among the claim's origins, F when none is graded.
    public var reliability: String
    /// 1–6, nil when the claim was never traced.
    public var credibility: Int?
    /// "unsourced", "circular", "contested", "independently corroborated", or "single origin".
    public var verdicts: [String]
    public var articles: Int
    public var origins: Int

    public init(reliability: String, credibility: Int?, verdicts: [String], articles: Int, origins: Int) {
        self.reliability = reliability
        self.credibility = credibility
        self.verdicts = verdicts
        self.articles = articles
        self.origins = origins
    }

    /// The grade of `claim` whose origins have the given reliabilities.
    init(claim: Claim, originReliabilities: [String]) {
        var verdicts: [String] = []
        if claim.unsourced { verdicts.append("unsourced") }
        if claim.circular { verdicts.append("circular") }
        if claim.contested { verdicts.append("contested") }
        if claim.originCount >= 2 { verdicts.append("independently corroborated") }
        if verdicts.isEmpty { verdicts.append(claim.originCount == 1 ? "single origin" : "no asserting origin") }
        self.init(
            reliability: originReliabilities.min() ?? "F", credibility: claim.credibility, verdicts: verdicts,
            articles: claim.articleCount, origins: claim.originCount)
    }

    /// The grade of a claim as listed, whose ``Claim/reliability`` is its best-graded origin's.
    public init(claim: Claim) {
        self.init(claim: claim, originReliabilities: claim.reliability.map { [$0] } ?? [])
    }

    /// "F2", or "F?" for a claim that was never traced.
    public var code: String { reliability + (credibility.map(String.init) ?? "?") }

    /// "F2 — circular: 17 articles, 1 origin".
    public var line: String {
        "\(code) — \(verdicts.joined(separator: ", ")): "
            + Wording.counted(articles, "article") + ", " + Wording.counted(origins, "origin")
    }

    /// What the grade's two characters mean, for the report's introduction.
    public static let legend =
        "Grades follow the Admiralty code: a letter for the reliability of the best-graded origin "
        + "(A reliable … F cannot be judged; a source no analyst has graded is F) and a digit for the "
        + "credibility of the claim (1 confirmed by independent sources, 2 probably true, 3 possibly true, "
        + "4 doubtful, 5 improbable, 6 cannot be judged)."
}
