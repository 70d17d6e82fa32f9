import Foundation

/// The second tier of matching: borderline matches recorded at import, listed for an analyst,
/// who merges a pair (a decision, see Store+Decisions) or keeps it apart.
extension Store {
    /// Pairs of claims that matching came close to merging, best score first; pairs an analyst
    /// kept apart, and pairs already merged, are left out.
    public func suggestedMerges(limit: Int? = nil) throws -> [SuggestedMerge] {
        try corroborateDirtyClaims()
        let keptApart = try keptApartPairs()
        var seen = Set<[Int64]>()
        var pairs: [(ids: [Int64], score: Double, mentions: Int)] = []
        try connection.prepare(
            """
            SELECT m.claim_id, s.claim_id, max(s.score), count(*)
            FROM suggestion s JOIN mention m ON m.id = s.mention_id
            WHERE m.claim_id <> s.claim_id
            GROUP BY m.claim_id, s.claim_id
            ORDER BY 3 DESC, 4 DESC, 1, 2
            """
        ).forEachRow { row in
            let ids = [row.int64(0), row.int64(1)].sorted()
            guard !keptApart.contains(ids), seen.insert(ids).inserted else { return }
            pairs.append((ids, row.double(2), row.int(3)))
        }
        if let limit { pairs = Array(pairs.prefix(max(0, limit))) }
        let claims = Dictionary(
            uniqueKeysWithValues: try self.claims(ClaimFilter(ids: Array(Set(pairs.flatMap(\.ids))))).map {
                ($0.id, $0)
            })
        return pairs.compactMap { pair in
            guard let first = claims[pair.ids[0]], let second = claims[pair.ids[1]] else { return nil }
            return SuggestedMerge(claim: first, other: second, score: pair.score, mentions: pair.mentions)
        }
    }

    /// Records that two claims are different claims, so that they are no longer suggested. Each
    /// is named by a member mention's key, so the choice holds after a re-import.
    public func keepApart(_ first: Int64, _ second: Int64) throws {
        guard first != second else {
            throw ProvenanceError.invalidArgument("a claim cannot be kept apart from itself (\(first))")
        }
        let keys = try [first, second].sorted().map { try Self.stableJSON(try memberKey(claim: $0)) }
        try connection.prepare("INSERT OR IGNORE INTO kept_apart(first, second) VALUES (?, ?)").run(keys[0], keys[1])
    }

    /// The pairs of current claim ids (sorted) an analyst kept apart; keys whose mention is gone
    /// name no claim and are skipped.
    func keptApartPairs() throws -> Set<[Int64]> {
        let stored = try connection.prepare("SELECT first, second FROM kept_apart").rows {
            ($0.string(0), $0.string(1))
        }
        var pairs = Set<[Int64]>()
        for (first, second) in stored {
            guard let a = try claim(namedBy: first), let b = try claim(namedBy: second), a != b else { continue }
            pairs.insert([a, b].sorted())
        }
        return pairs
    }

    private func claim(namedBy json: String) throws -> Int64? {
        guard let key = try? JSONDecoder().decode(MentionKey.self, from: Data(json.utf8)) else { return nil }
        return try resolve(key)?.claim
    }
}
