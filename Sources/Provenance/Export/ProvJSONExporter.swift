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
/// kind, one mention at a time.
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
        try writeEntities(store, &document, &output)
        document.section("agent", to: &output)
        try writeAgents(store, &document, &output)
        document.section("wasAttributedTo", to: &output)
        try writeAttributions(store, &document, &output)
        document.section("wasDerivedFrom", to: &output)
        try writeDerivations(store, &document, &output)
        document.section("specializationOf", to: &output)
        try writeSpecializations(store, &document, &output)
        document.finish(to: &output)
    }

    /// Articles, claims, mentions, and each agent's statement of a claim.
    private func writeEntities(
        _ store: Store, _ document: inout ProvJSONDocument, _ output: inout some TextOutputStream
    ) throws {
        try store.forEachArticleWithOutletSource { article, _ in
            try output.stopIfWriteFailed()
            document.record(ProvJSONNames.article(article.id), ProvJSONRecords.article(article), to: &output)
        }
        try store.forEachClaim { claim in
            try output.stopIfWriteFailed()
            document.record(ProvJSONNames.claim(claim.id), ProvJSONRecords.claim(claim), to: &output)
        }
        var trail = ProvJSONTrail()
        try store.forEachMentionTrail { mention in
            try output.stopIfWriteFailed()
            document.record(ProvJSONNames.mention(mention.id), ProvJSONRecords.mention(mention), to: &output)
            for speaker in trail.newSpeakers(mention) {
                document.record(
                    ProvJSONTrail.statement(mention.claimID, speaker), ProvJSONRecords.statement(speaker), to: &output)
            }
        }
    }

    /// Sources, then outlets and names that no source stands for, each declared once.
    private func writeAgents(
        _ store: Store, _ document: inout ProvJSONDocument, _ output: inout some TextOutputStream
    ) throws {
        try store.forEachSource { source in
            try output.stopIfWriteFailed()
            document.record(
                ProvJSONNames.agent(sourceID: source.id, name: source.name), ProvJSONRecords.agent(source),
                to: &output)
        }
        // Only names without a source are remembered: a handful, however big the store.
        var declared: Set<String> = []
        try store.forEachUnmatchedOutlet { outlet in
            try output.stopIfWriteFailed()
            let id = ProvJSONNames.agent(sourceID: nil, name: outlet)
            guard declared.insert(id).inserted else { return }
            document.record(id, ProvJSONRecords.agent(name: outlet, kind: .outlet), to: &output)
        }
        try store.forEachMentionTrail { mention in
            try output.stopIfWriteFailed()
            let speakers = ProvJSONTrail.chain(mention) + [ProvJSONTrail.originSpeaker(mention)].compactMap { $0 }
            for speaker in speakers where speaker.sourceID == nil {
                let id = ProvJSONNames.agent(sourceID: nil, name: speaker.name)
                guard declared.insert(id).inserted else { continue }
                document.record(id, ProvJSONRecords.agent(name: speaker.name, kind: nil), to: &output)
            }
        }
    }

    /// Each article to its outlet, each statement to the agent that made it.
    private func writeAttributions(
        _ store: Store, _ document: inout ProvJSONDocument, _ output: inout some TextOutputStream
    ) throws {
        try store.forEachArticleWithOutletSource { article, sourceID in
            try output.stopIfWriteFailed()
            guard let outlet = article.outlet, !outlet.isEmpty else { return }
            let id = ProvJSONNames.article(article.id)
            let agent = ProvJSONNames.agent(sourceID: sourceID, name: outlet)
            document.record(
                id + "/attribution", ["prov:entity": .string(id), "prov:agent": .string(agent)], to: &output)
        }
        var trail = ProvJSONTrail()
        try store.forEachMentionTrail { mention in
            try output.stopIfWriteFailed()
            for speaker in trail.newSpeakers(mention) {
                let id = ProvJSONTrail.statement(mention.claimID, speaker)
                let agent = "provtool:" + speaker.local
                document.record(
                    id + "/attribution", ["prov:entity": .string(id), "prov:agent": .string(agent)], to: &output)
            }
        }
    }

    private func writeDerivations(
        _ store: Store, _ document: inout ProvJSONDocument, _ output: inout some TextOutputStream
    ) throws {
        var trail = ProvJSONTrail()
        try store.forEachMentionTrail { mention in
            try output.stopIfWriteFailed()
            for derivation in trail.derivations(mention) {
                document.record(
                    derivation.id,
                    [
                        "prov:generatedEntity": .string(derivation.generated),
                        "prov:usedEntity": .string(derivation.used),
                        "prov:type": derivation.type.map(ProvJSONValue.qualifiedName),
                    ], to: &output)
            }
        }
    }

    /// Each mention and each statement is a specialisation of its claim.
    private func writeSpecializations(
        _ store: Store, _ document: inout ProvJSONDocument, _ output: inout some TextOutputStream
    ) throws {
        var trail = ProvJSONTrail()
        try store.forEachMentionTrail { mention in
            try output.stopIfWriteFailed()
            let general = ProvJSONValue.string(ProvJSONNames.claim(mention.claimID))
            let specific =
                [ProvJSONNames.mention(mention.id)]
                + trail.newSpeakers(mention).map { ProvJSONTrail.statement(mention.claimID, $0) }
            for id in specific {
                document.record(
                    id + "/specialization", ["prov:specificEntity": .string(id), "prov:generalEntity": general],
                    to: &output)
            }
        }
    }
}
