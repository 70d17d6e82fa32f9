/// The provenance trail of every mention (via hops resolved to sources, the origin
/// resolved to a source, a name or an article), for the PROV-JSON and DOT exports.
extension Store {
    /// Calls `body` with each mention, grouped by claim (claim id order, then mention id).
    /// One query walks `mention` through its claim index and joins the via hops, so only
    /// one mention is held at a time. An unsourced mention also gets the earliest article
    /// stating its claim (rule 6 names that article only by its outlet or file name).
    public func forEachMentionTrail(_ body: (MentionTrail) throws -> Void) throws {
        _ = try corroborateDirtyClaims()
        let statement = try cursor(
            """
            SELECT m.id, m.claim_id, m.article_id, m.start, m.end, m.exact, m.prefix, m.suffix, m.speaker,
                   m.speaker_source_id, m.stance, m.hedged, m.cue, m.rule, m.origin, m.origin_source_id,
                   CASE WHEN m.origin_rule = '\(OriginRule.unsourced.rawValue)' THEN
                       (SELECT x.article_id FROM mention x JOIN article xa ON xa.id = x.article_id
                        WHERE x.claim_id = m.claim_id
                        ORDER BY x.stance <> 'asserts', xa.published IS NULL, xa.published, xa.id LIMIT 1)
                   END,
                   m.origin_rule, v.name, v.source_id
            FROM mention m LEFT JOIN mention_via v ON v.mention_id = m.id
            ORDER BY m.claim_id, m.id, v.position
            """)
        var pending: MentionTrail?
        try statement.forEachRow { row in
            let id = row.int64(0)
            let hop = row.text(18).map { MentionTrail.Hop(name: $0, sourceID: row.optionalInt64(19)) }
            if pending?.id == id {
                if let hop { pending?.via.append(hop) }
                return
            }
            if let finished = pending { try body(finished) }
            pending = MentionTrail(
                id: id, claimID: row.int64(1), articleID: row.int64(2), start: row.int(3), end: row.int(4),
                exact: row.string(5), prefix: row.string(6), suffix: row.string(7), speaker: row.text(8),
                speakerSourceID: row.optionalInt64(9), stance: Stance(rawValue: row.string(10)) ?? .asserts,
                hedged: row.bool(11), cue: row.text(12), rule: row.string(13), via: hop.map { [$0] } ?? [],
                origin: row.text(14) ?? "", originSourceID: row.optionalInt64(15),
                originArticleID: row.optionalInt64(16), originRule: row.text(17) ?? "")
        }
        if let finished = pending { try body(finished) }
    }

    /// Calls `body` with each claim id and its mentions, in claim id order, holding one
    /// claim's mentions at a time (for exports that draw a claim as a whole).
    public func forEachClaimTrail(_ body: (Int64, [MentionTrail]) throws -> Void) throws {
        var mentions: [MentionTrail] = []
        try forEachMentionTrail { mention in
            if let last = mentions.last, last.claimID != mention.claimID {
                try body(last.claimID, mentions)
                mentions.removeAll(keepingCapacity: true)
            }
            mentions.append(mention)
        }
        if let last = mentions.last { try body(last.claimID, mentions) }
    }
}
