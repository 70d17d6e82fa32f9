import Foundation

/// How a stored wording is compared with a new mention.
///
/// Three vetoes come first, because overlap of words cannot see them: the figures must agree
/// (the stored figures a non-empty subset of the query's, or both without figures: a
/// clause carrying an extra figure, "14 more…, raising the total to 64", still states "64"),
/// negation must agree, and a different named actor, each absent from the other mention, keeps
/// "Iran is plotting…" apart from "Russia is plotting…". Then a weighted overlap: the shared
/// weight over a blend of the smaller and the larger side, so a short mention contained in a
/// long one scores well without a long one swallowing every short one.
extension ClaimIndex {
    /// A signature translated into the index's token ids, with its weights.
    struct Query {
        /// Known content-token ids, sorted.
        var tokens: [Int32]
        /// Known figure ids, sorted.
        var figures: [Int32]
        /// Known subject-token ids, sorted, and the weight of the whole subject.
        var subject: [Int32]
        var subjectWeight: Double
        /// Figures the index has never seen; no stored wording can then be a superset.
        var figureCount: Int
        var actor: Int32?
        var actorToken: String?
        var isNegated: Bool
        /// The id of the negation token, if the index knows it.
        var negation: Int32?
        var isStatementEvent: Bool
        /// Total weight of the query: known tokens, unknown tokens (at the weight of a token
        /// seen once) and figures.
        var weight: Double
        /// Weight of the content tokens alone, without figures.
        var tokenWeight: Double

        init(_ signature: ClaimSignature, in index: ClaimIndex) {
            // Known ids (sorted) of `words` and the weight of them all, unknown ones at the
            // weight of a word never seen.
            func lookUp(_ words: [String]) -> (ids: [Int32], weight: Double) {
                var ids: [Int32] = []
                var weight = 0.0
                for word in words {
                    if let id = index.vocabulary[word] {
                        ids.append(id)
                        weight += index.weight(of: id)
                    } else {
                        weight += index.weight(documentFrequency: 0)
                    }
                }
                return (ids.sorted(), weight)
            }
            let tokens = lookUp(signature.tokens)
            let figures = lookUp(signature.figures.map { "#" + $0 })
            let subject = lookUp(signature.subject)
            self.tokens = tokens.ids
            self.figures = figures.ids
            self.weight = tokens.weight + figures.weight
            self.tokenWeight = tokens.weight
            self.subject = subject.ids
            self.subjectWeight = subject.weight
            self.figureCount = signature.figures.count
            self.actor = signature.actor.flatMap { index.vocabulary[$0] }
            self.actorToken = signature.actor
            self.isNegated = signature.isNegated
            self.negation = index.vocabulary["not"]
            self.isStatementEvent = signature.isStatementEvent
        }
    }

    /// Inverse document frequency of a token, smoothed so a young index weighs words nearly
    /// evenly and a large one strongly prefers rare words. The corpus size is the one of the
    /// last full refresh of ``weights``, so that every weight in use shares it.
    func weight(documentFrequency df: Int32) -> Double {
        log(1 + Double(weightsEntryCount) / Double(df + 1))
    }

    /// The token's weight from ``weights``, which ``insert(claim:signature:)`` keeps close to
    /// the exact IDF (recomputed whenever the index has grown by 5 %): a logarithm per token
    /// per candidate was a tenth of the import's time.
    @inline(__always) func weight(of token: Int32) -> Double {
        weights[Int(token)]
    }

    /// The share of the query's subject weight that the stored wording's subject holds too.
    func subjectOverlap(_ entry: Entry, _ query: Query) -> Double {
        guard query.subjectWeight > 0, entry.subjectCount > 0 else { return 0 }
        let start = Int(entry.start) + Int(entry.tokenCount) + Int(entry.figureCount)
        var shared = 0.0
        for position in start..<(start + Int(entry.subjectCount)) where query.subject.contains(pool[position]) {
            shared += weight(of: pool[position])
        }
        return shared / query.subjectWeight
    }

    /// Whether both wordings have a subject and the two share no word.
    func subjectsDisagree(_ entry: Entry, _ query: Query) -> Bool {
        guard !query.subject.isEmpty, entry.subjectCount > 0 else { return false }
        let start = Int(entry.start) + Int(entry.tokenCount) + Int(entry.figureCount)
        return !(start..<(start + Int(entry.subjectCount))).contains { query.subject.contains(pool[$0]) }
    }

    /// The similarity of a stored wording to the query, or nil when a veto applies.
    func score(_ entry: Entry, against query: Query) -> Double? {
        guard entry.isNegated == query.isNegated, entry.isStatementEvent == query.isStatementEvent else { return nil }
        let tokenEnd = Int(entry.start) + Int(entry.tokenCount)
        let figureEnd = tokenEnd + Int(entry.figureCount)
        // Figures: both none, or the stored ones a non-empty subset of the query's.
        if (entry.figureCount == 0) != (query.figureCount == 0) { return nil }
        var figureWeight = 0.0
        for position in tokenEnd..<figureEnd {
            let figure = pool[position]
            guard query.figures.contains(figure) else { return nil }
            figureWeight += weight(of: figure)
        }
        // Shared content weight by a merge of the two sorted id lists.
        var shared = figureWeight
        var entryWeight = figureWeight
        var queryIndex = 0
        var sharedTokens = 0
        var actorPresentInEntry = false
        for position in Int(entry.start)..<tokenEnd {
            let token = pool[position]
            let tokenWeight = weight(of: token)
            entryWeight += tokenWeight
            if token == query.actor { actorPresentInEntry = true }
            while queryIndex < query.tokens.count, query.tokens[queryIndex] < token { queryIndex += 1 }
            if queryIndex < query.tokens.count, query.tokens[queryIndex] == token {
                shared += tokenWeight
                // Negation must agree (a veto above); sharing it says nothing of the subject.
                if token != query.negation { sharedTokens += 1 }
            }
        }
        if entry.actor >= 0, query.actorToken != nil, entry.actor != query.actor, !actorPresentInEntry,
            query.tokens.binarySearchContains(entry.actor) == false
        {
            return nil
        }
        // A shared figure is strong evidence; without one, two content words must be shared.
        guard sharedTokens >= (query.figureCount > 0 ? 1 : minimumSharedTokens) else { return 0 }
        let overlap = shared / (entryShare * entryWeight + (1 - entryShare) * query.weight)
        // Two subjects with no word in common are two actors doing things: "the US killed
        // Soleimani" is not "Iran plots to kill the envoy", however many words they share.
        // A shared figure already pins the proposition down, so it overrides.
        if figureWeight == 0, subjectsDisagree(entry, query) { return overlap * disjointSubjectFactor }
        return overlap
    }

}

/// Figure series: "11 troops were injured", then "34 troops were injured" are two claims, one
/// count that grew. Such a pair shares its words and differs only in its figures.
extension ClaimIndex {
    /// The claim whose wording is the same as `signature`'s but for its figures (both have
    /// figures, and they differ): the earlier value of a count that changed. Nil when none scores
    /// ``seriesThreshold`` on words alone.
    public func seriesNeighbour(for signature: ClaimSignature) -> Int64? {
        guard !signature.figures.isEmpty else { return nil }
        let query = Query(signature, in: self)
        guard query.tokenWeight > 0 else { return nil }
        var best: (claim: Int64, score: Double)?
        for entryID in candidates(for: query) {
            let entry = entries[Int(entryID)]
            guard entry.figureCount > 0, entry.isNegated == query.isNegated,
                entry.isStatementEvent == query.isStatementEvent
            else { continue }
            let tokenEnd = Int(entry.start) + Int(entry.tokenCount)
            let figureEnd = tokenEnd + Int(entry.figureCount)
            // A figure in common would make the two one claim (or a near one): not a series step.
            guard !(tokenEnd..<figureEnd).contains(where: { query.figures.contains(pool[$0]) }) else { continue }
            var shared = 0.0
            var entryWeight = 0.0
            for position in Int(entry.start)..<tokenEnd {
                let token = pool[position]
                entryWeight += weight(of: token)
                if query.tokens.binarySearchContains(token) { shared += weight(of: token) }
            }
            // Symmetric: both wordings must be mostly the other's words.
            let score = shared / max(entryWeight, query.tokenWeight)
            if score >= seriesThreshold, score > best?.score ?? 0 { best = (entry.claim, score) }
        }
        return best?.claim
    }
}

extension Array where Element == Int32 {
    /// Membership in a sorted array.
    fileprivate func binarySearchContains(_ value: Int32) -> Bool {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value
    }
}
