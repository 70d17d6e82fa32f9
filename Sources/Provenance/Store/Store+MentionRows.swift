/// One mention with its claim and article, as the CSV and NDJSON mention exports write it.
public struct MentionRow: Sendable, Hashable {
    public var mentionID: Int64
    public var claimID: Int64
    public var claimText: String
    public var articleID: Int64
    public var articlePath: String
    public var outlet: String?
    public var published: String?
    public var start: Int
    public var end: Int
    public var exact: String
    public var speaker: String?
    public var speakerKind: String?
    /// Nearest intermediary first.
    public var via: [String]
    public var stance: String
    public var hedged: Bool
    public var cue: String?
    public var rule: String
    public var origin: String
    public var originRule: String
    public var claimOriginCount: Int
    public var claimCircular: Bool
    public var claimContested: Bool
}

extension Store {
    /// Calls `body` with every mention, claim by claim (in claim id order) and within a claim
    /// earliest article first, from cursors: no claim is held in memory, and SQLite sorts one
    /// claim's mentions at a time, so memory stays flat however large the store.
    public func forEachMentionRow(_ body: (MentionRow) throws -> Void) throws {
        _ = try corroborateDirtyClaims()
        let mentions = try cursor(
            """
            SELECT m.id, m.article_id, a.path, a.outlet, a.published, m.start, m.end, m.exact, m.speaker,
                   m.speaker_kind,
                   (SELECT json_group_array(name) FROM (SELECT name FROM mention_via v WHERE v.mention_id = m.id
                                                        ORDER BY v.position)),
                   m.stance, m.hedged, m.cue, m.rule, coalesce(m.origin, ''), coalesce(m.origin_rule, '')
            FROM mention m JOIN article a ON a.id = m.article_id
            WHERE m.claim_id = ?
            ORDER BY a.published IS NULL, a.published, m.article_id, m.start
            """)
        try cursor("SELECT id, text, origin_count, circular, contested FROM claim ORDER BY id").forEachRow { claim in
            let claimID = claim.int64(0)
            let text = claim.string(1)
            let (origins, circular, contested) = (claim.int(2), claim.bool(3), claim.bool(4))
            try mentions.forEachRow([claimID]) { row in
                try body(
                    MentionRow(
                        mentionID: row.int64(0), claimID: claimID, claimText: text, articleID: row.int64(1),
                        articlePath: row.string(2), outlet: row.text(3), published: row.text(4), start: row.int(5),
                        end: row.int(6), exact: row.string(7), speaker: row.text(8), speakerKind: row.text(9),
                        via: JSONText.parseArray(row.string(10)), stance: row.string(11), hedged: row.bool(12),
                        cue: row.text(13), rule: row.string(14), origin: row.string(15), originRule: row.string(16),
                        claimOriginCount: origins, claimCircular: circular, claimContested: contested))
            }
        }
    }
}
