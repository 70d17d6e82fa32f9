/// The provenance trail of every mention, claim by claim, for the PROV-JSON export.
extension Store {
    /// Calls `body` with each claim id and its mentions (via chains resolved to sources),
    /// in claim id order. An unsourced mention also gets the earliest article stating the
    /// claim (rule 6 names it by its outlet or file name only). One query walks `mention` through its claim index and joins the
    /// via hops, so rows arrive grouped by claim and only one claim is held at a time.
    public func forEachClaimTrail(_ body: (Int64, [MentionTrail]) throws -> Void) throws {
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
        var claimID: Int64?
        var mentions: [MentionTrail] = []
        try statement.forEachRow { row in
            let id = row.int64(0)
            let hop = row.text(18).map { MentionTrail.Hop(name: $0, sourceID: row.optionalInt64(19)) }
            if let last = mentions.last, last.id == id {
                if let hop { mentions[mentions.count - 1].via.append(hop) }
                return
            }
            let claim = row.int64(1)
            if let claimID, claim != claimID {
                try body(claimID, mentions)
                mentions.removeAll(keepingCapacity: true)
            }
            claimID = claim
            mentions.append(
                MentionTrail(
                    id: id, claimID: claim, articleID: row.int64(2), start: row.int(3), end: row.int(4),
                    exact: row.string(5), prefix: row.string(6), suffix: row.string(7), speaker: row.text(8),
                    speakerSourceID: row.optionalInt64(9), stance: Stance(rawValue: row.string(10)) ?? .asserts,
                    hedged: row.bool(11), cue: row.text(12), rule: row.string(13), via: hop.map { [$0] } ?? [],
                    origin: row.text(14) ?? "", originSourceID: row.optionalInt64(15),
                    originArticleID: row.optionalInt64(16), originRule: row.text(17) ?? ""))
        }
        if let claimID { try body(claimID, mentions) }
    }
}
