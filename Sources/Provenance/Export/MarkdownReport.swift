/// A provenance report an editor can read, as Markdown: the claims that look
/// corroborated but are circular, the contested ones, and the independently
/// corroborated ones, each with its origins and evidence.
///
/// ```swift
/// var output = ""
/// try MarkdownReport().write(store, to: &output)
/// ```
public struct MarkdownReport: Sendable {
    /// Claims seen in fewer articles are left out of the sections (they still count in the summary).
    public var minArticles: Int
    /// Evidence sentences shown per claim.
    public var evidencePerClaim: Int

    public init(minArticles: Int = 2, evidencePerClaim: Int = 6) {
        self.minArticles = minArticles
        self.evidencePerClaim = evidencePerClaim
    }

    public func write(_ store: Store, to output: inout some TextOutputStream) throws {
        let counts = try store.counts()
        let circular = try store.claims(ClaimFilter(minArticles: minArticles, circular: true))
        // A denial matters however few articles carry the claim: every contested claim is listed.
        let contested = try store.claims(ClaimFilter(contested: true))
        let corroborated = try store.claims(ClaimFilter(minOrigins: 2, minArticles: minArticles))
        output.write("# Provenance report\n\n")
        output.write(
            "\(counts.articles) articles, \(counts.claims) claims, \(counts.sources) sources. "
                + "Circular: \(circular.count). Contested: \(contested.count). "
                + "Independently corroborated (2+ origins): \(corroborated.count).\n\n")
        output.write("A claim is *circular* when it is asserted in two or more articles that all trace back to one ")
        output.write("origin; it only looks corroborated. Credibility is the Admiralty grade: 1 = confirmed by ")
        output.write("independent sources … 6 = cannot be judged.\n\n")
        try section("Look corroborated, but circular", circular, store, &output)
        try section("Contested", contested, store, &output)
        try section("Independently corroborated", corroborated, store, &output)
    }

    private func section(
        _ title: String, _ claims: [Claim], _ store: Store, _ output: inout some TextOutputStream
    ) throws {
        output.write("## \(title) (\(claims.count))\n\n")
        if claims.isEmpty { output.write("None.\n\n") }
        for claim in claims {
            let detail = try store.claimDetail(claim.id)
            output.write("### Claim \(claim.id): \(Self.inline(claim.text))\n\n")
            var line =
                Wording.counted(claim.articleCount, "article") + ", "
                + Wording.counted(detail.origins.count, "independent origin")
            if let credibility = claim.credibility { line += ", credibility \(credibility)" }
            if claim.contested { line += ", contested" }
            if claim.unsourced { line += ", unsourced" }
            if let firstSeen = claim.firstSeen { line += ", first seen \(firstSeen)" }
            output.write(line + ".\n\n")
            output.write("Origins: " + detail.origins.map { Self.inline($0.name) }.joined(separator: "; ") + "\n\n")
            for mention in detail.mentions.prefix(evidencePerClaim) {
                let article = detail.articles[mention.articleID]
                let place = [article?.outlet ?? article?.path, article?.published].compactMap { $0 }
                    .joined(separator: ", ")
                var who = mention.speaker.map { "speaker: \(Self.inline($0))" } ?? "own voice"
                if !mention.via.isEmpty { who += ", via \(mention.via.joined(separator: " > "))" }
                if mention.stance != .asserts { who += ", **\(mention.stance.rawValue)**" }
                output.write(
                    "- “\(Self.inline(mention.exact))” — \(Self.inline(place)) (\(who); origin: \(Self.inline(mention.origin)))\n"
                )
            }
            if detail.mentions.count > evidencePerClaim {
                output.write("- … and \(detail.mentions.count - evidencePerClaim) more: `prov claim \(claim.id)`\n")
            }
            output.write("\n")
        }
    }

    /// Article text is untrusted: keep it on one line and stop it from becoming Markdown markup.
    static func inline(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\n", "\r", "\r\n", "\t": out.append(" ")
            case "*", "_", "`", "[", "]", "<", ">", "#", "|", "\\": out.append("\\"); out.append(character)
            default: out.append(character)
            }
        }
        return out
    }
}
