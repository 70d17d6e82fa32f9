/// Figure series: claims linked at import because they restate each other with other figures.
extension Store {
    /// The series a claim belongs to, itself included, earliest first (undated last); empty when
    /// the claim is in no series. At most `limit` claims are followed.
    public func series(of claim: Int64, limit: Int = 64) throws -> [SeriesStep] {
        try corroborateDirtyClaims()
        var members: Set<Int64> = [claim]
        var frontier = [claim]
        let neighbours = try connection.prepare(
            """
            SELECT related_id FROM claim_series WHERE claim_id = ?1
            UNION SELECT claim_id FROM claim_series WHERE related_id = ?1
            """)
        while let next = frontier.popLast(), members.count < limit {
            for other in try neighbours.rows([next], { $0.int64(0) }) where members.insert(other).inserted {
                frontier.append(other)
            }
        }
        guard members.count > 1 else { return [] }
        let steps = try members.map { id in
            let row = try connection.prepare(
                """
                SELECT c.text, c.first_seen, (SELECT signature FROM mention WHERE claim_id = c.id ORDER BY id LIMIT 1)
                FROM claim c WHERE c.id = ?
                """
            ).rows([id]) { ($0.string(0), $0.text(1), $0.text(2)) }.first
            return row.map { text, firstSeen, signature in
                SeriesStep(
                    claimID: id, figures: signature.flatMap(ClaimSignature.init(encoded:))?.figures ?? [],
                    firstSeen: firstSeen, text: text)
            }
        }.compactMap { $0 }
        return steps.sorted { lhs, rhs in
            switch (lhs.firstSeen, rhs.firstSeen) {
            case (let l?, let r?) where l != r: return l < r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return lhs.claimID < rhs.claimID
            }
        }
    }
}
