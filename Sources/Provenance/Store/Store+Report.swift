/// Reads the provenance report needs beyond the claim listings.
extension Store {
    /// Counts over every claim in the store, before any narrowing.
    /// Traces any dirty claim first, so the counts are current.
    public func reportSummary() throws -> ReportSummary {
        try corroborateDirtyClaims()
        let counts = try self.counts()
        let flags =
            try connection.prepare(
                """
                SELECT coalesce(sum(circular), 0), coalesce(sum(contested), 0),
                       coalesce(sum(origin_count >= 2), 0), coalesce(sum(unsourced), 0)
                FROM claim
                """
            ).rows { ($0.int(0), $0.int(1), $0.int(2), $0.int(3)) }.first ?? (0, 0, 0, 0)
        return ReportSummary(
            articles: counts.articles, sources: counts.sources, claims: counts.claims, circular: flags.0,
            contested: flags.1, corroborated: flags.2, unsourced: flags.3)
    }

    /// The analyst's reliability grade (A–F) of each of the given sources that has one.
    public func reliabilities(of sourceIDs: Set<Int64>) throws -> [Int64: String] {
        guard !sourceIDs.isEmpty else { return [:] }
        let rows = try connection.prepare(
            """
            SELECT id, reliability FROM source
            WHERE reliability IS NOT NULL AND id IN (SELECT value FROM json_each(?))
            """
        ).rows(["[" + sourceIDs.sorted().map(String.init).joined(separator: ",") + "]"]) {
            ($0.int64(0), $0.string(1))
        }
        return Dictionary(rows) { first, _ in first }
    }
}
