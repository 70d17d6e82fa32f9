/// Writes the store as W3C PROV-JSON, so that PROV tools (the Python `prov` package,
/// ProvToolbox, graph stores) can load who said what and through whom.
///
/// Articles, claims, mentions and source statements (what one source said of one claim)
/// are entities; sources and outlets are agents. A mention is a `specializationOf` its
/// claim and `wasDerivedFrom` its article (`prov:Quotation`), its origin's statement
/// (`prov:PrimarySource`; for an unsourced claim, the earliest article) and the statement
/// it relays; each re-reporting hop of a via chain is a derivation between statements.
/// Span selectors (`oa:start`, `oa:exact`…) are attributes of the mention.
///
/// PROV-JSON groups records by kind, so the exporter streams one pass over the store per
/// kind, one claim at a time.
///
/// ```swift
/// var output = ""
/// try ProvJSONExporter().write(store, to: &output)
/// ```
public struct ProvJSONExporter: Sendable {
    public init() {}

    public func write(_ store: Store, to output: inout some TextOutputStream) throws {
        var document = ProvJSONDocument()
        document.begin(prefixes: ProvJSONNames.prefixes, to: &output)

        document.section("entity", to: &output)
        try store.forEachArticleWithOutletSource { article, _ in
            document.record(ProvJSONNames.article(article.id), ProvJSONRecords.article(article), to: &output)
        }
        try store.forEachClaim { claim in
            document.record(ProvJSONNames.claim(claim.id), ProvJSONRecords.claim(claim), to: &output)
        }
        try store.forEachClaimTrail { claim, mentions in
            for mention in mentions {
                document.record(ProvJSONNames.mention(mention.id), ProvJSONRecords.mention(mention), to: &output)
            }
            for speaker in ProvJSONTrail.speakers(of: mentions) {
                document.record(
                    ProvJSONNames.statement(claim: claim, sourceID: speaker.sourceID, name: speaker.name),
                    ProvJSONRecords.statement(speaker), to: &output)
            }
        }

        document.section("agent", to: &output)
        try writeAgents(store, &document, &output)

        document.section("wasAttributedTo", to: &output)
        try store.forEachArticleWithOutletSource { article, sourceID in
            guard let outlet = article.outlet, !outlet.isEmpty else { return }
            let id = ProvJSONNames.article(article.id)
            let agent = ProvJSONNames.agent(sourceID: sourceID, name: outlet)
            document.record(
                id + "/attribution", ["prov:entity": .string(id), "prov:agent": .string(agent)], to: &output)
        }
        try store.forEachClaimTrail { claim, mentions in
            for speaker in ProvJSONTrail.speakers(of: mentions) {
                let id = ProvJSONNames.statement(claim: claim, sourceID: speaker.sourceID, name: speaker.name)
                let agent = ProvJSONNames.agent(sourceID: speaker.sourceID, name: speaker.name)
                document.record(
                    id + "/attribution", ["prov:entity": .string(id), "prov:agent": .string(agent)], to: &output)
            }
        }

        document.section("wasDerivedFrom", to: &output)
        try store.forEachClaimTrail { claim, mentions in
            for derivation in ProvJSONTrail.derivations(claim: claim, mentions: mentions) {
                document.record(
                    derivation.id,
                    [
                        "prov:generatedEntity": .string(derivation.generated),
                        "prov:usedEntity": .string(derivation.used),
                        "prov:type": derivation.type.map(ProvJSONValue.qualifiedName),
                    ], to: &output)
            }
        }

        document.section("specializationOf", to: &output)
        try store.forEachClaimTrail { claim, mentions in
            let general = ProvJSONValue.string(ProvJSONNames.claim(claim))
            for mention in mentions {
                let id = ProvJSONNames.mention(mention.id)
                document.record(
                    id + "/specialization", ["prov:specificEntity": .string(id), "prov:generalEntity": general],
                    to: &output)
            }
            for speaker in ProvJSONTrail.speakers(of: mentions) {
                let id = ProvJSONNames.statement(claim: claim, sourceID: speaker.sourceID, name: speaker.name)
                document.record(
                    id + "/specialization", ["prov:specificEntity": .string(id), "prov:generalEntity": general],
                    to: &output)
            }
        }
        document.finish(to: &output)
    }

    /// Sources, then outlets and names that no source stands for, each declared once.
    private func writeAgents(
        _ store: Store, _ document: inout ProvJSONDocument, _ output: inout some TextOutputStream
    ) throws {
        try store.forEachSource { source in
            document.record(
                ProvJSONNames.agent(sourceID: source.id, name: source.name), ProvJSONRecords.agent(source),
                to: &output)
        }
        // Only names without a source are remembered: a handful, however big the store.
        var declared: Set<String> = []
        try store.forEachUnmatchedOutlet { outlet in
            let id = ProvJSONNames.agent(sourceID: nil, name: outlet)
            guard declared.insert(id).inserted else { return }
            document.record(id, ProvJSONRecords.agent(name: outlet, kind: .outlet), to: &output)
        }
        try store.forEachClaimTrail { _, mentions in
            for speaker in ProvJSONTrail.speakers(of: mentions) where speaker.sourceID == nil {
                let id = ProvJSONNames.agent(sourceID: nil, name: speaker.name)
                guard declared.insert(id).inserted else { continue }
                document.record(id, ProvJSONRecords.agent(name: speaker.name, kind: nil), to: &output)
            }
        }
    }
}
