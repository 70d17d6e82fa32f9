/// An incremental index of known claims, for finding the claim a new mention states.
///
/// Each claim is represented by the signatures of its mentions (one per distinct wording, up to
/// ``maxSignaturesPerClaim``), so a claim reworded many ways is found by any of its wordings.
/// Candidates come from the posting lists of the query's rarest tokens, never from a scan of
/// every claim; token weights are inverse document frequencies learned from the index itself,
/// so a word that appears in every mention of a corpus ("Iran" in a corpus about Iran) weighs
/// little and a rare name weighs much, without a word list tuned to one story.
public struct ClaimIndex: Sendable {
    /// One stored signature: its tokens and figures live in ``pool`` at `start`.
    struct Entry: Sendable {
        var claim: Int64
        var start: Int32
        var tokenCount: UInt16
        var figureCount: UInt16
        var subjectCount: UInt16
        var actor: Int32
        var isNegated: Bool
        var isStatementEvent: Bool
    }

    /// The score a candidate must reach to count as the same claim. Chosen by measurement on the
    /// dev gold evidence (see `MatchingGoldTests`), with composed pairs as a check.
    public var threshold: Double
    /// How much lower the bar is when the stored wording's figures are all in the mention: an
    /// exact figure in common is evidence that words alone are not ("The update brings the
    /// total of troops hurt to 64" and "14 more troops were diagnosed…, raising the total to 64").
    public var figureAllowance = 0.07
    /// How many distinct wordings of one claim are kept; more add little and cost memory.
    public var maxSignaturesPerClaim = 24
    /// How much the stored wording's weight counts in the denominator of the score (the rest is
    /// the new mention's). Asymmetric on purpose: a long mention that contains a stored wording
    /// states that claim (and more), while a short mention contained in a long stored wording
    /// usually states only a background detail of it ("Soleimani was killed" inside "Iran plots
    /// to kill the envoy to avenge Soleimani's killing"), so it must not join. Measured on the
    /// dev gold and the seed acceptance tests.
    var entryShare = 0.8
    /// A later wording of a claim is kept as a representative only when it matched the claim's
    /// wordings at least this well: a weak member still joins the claim, but does not extend
    /// its reach, which stops chains of weak links (A~B, B~C, C~D…).
    var representativeFloor = 0.60
    /// How much of the words two wordings with different figures must share to be one series.
    public var seriesThreshold = 0.6
    /// The score from which a match that does not pass ``threshold`` is suggested to an analyst.
    public var suggestionFloor = 0.3
    /// How much a shared subject counts when candidates are ranked (not when they pass).
    var subjectBonus = 0.3
    /// What a score is multiplied by when the two wordings' subjects share no word.
    var disjointSubjectFactor = 0.7
    /// Content words a match without figures must share.
    var minimumSharedTokens = 2
    /// How many of the query's rarest tokens supply candidates.
    var probeTokens = 10
    /// How many candidates are scored at most: those sharing the most probe tokens.
    var scoredCandidates = 96
    /// How many postings of one token are read (the most recent ones).
    var postingCap = 256

    var vocabulary: [String: Int32] = [:]
    var documentFrequency: [Int32] = []
    /// IDF weight of each token id, as of `weightsEntryCount` entries.
    var weights: [Double] = []
    var weightsEntryCount = 0
    var postings: [[Int32]] = []
    var entries: [Entry] = []
    /// Token ids of every entry, each entry's tokens then figures, each part sorted.
    var pool: [Int32] = []
    var signaturesPerClaim: [Int64: Int] = [:]
    /// The claim each exact wording joined first, stored or not as a representative.
    var claimByWording: [ClaimSignature: Int64] = [:]
    var stored: Set<StoredKey> = []

    struct StoredKey: Hashable, Sendable {
        var claim: Int64
        var signature: ClaimSignature
    }

    public init(threshold: Double = 0.4) {
        self.threshold = threshold
    }

    /// Number of signatures stored.
    public var count: Int { entries.count }

    /// Adds a wording of `claim`. Repeated wordings and wordings past the per-claim cap are
    /// ignored, so callers may insert every mention's signature.
    public mutating func insert(claim id: Int64, signature: ClaimSignature, knownScore: Double? = nil) {
        claimByWordingIfAbsent(signature, id)
        guard signaturesPerClaim[id, default: 0] < maxSignaturesPerClaim else { return }
        // A wording the claim already has is dropped before scoring it: loading a store inserts
        // every mention, and most repeat a wording (scoring them was most of the load time).
        let key = StoredKey(claim: id, signature: signature)
        guard !stored.contains(key) else { return }
        if representativeFloor > 0, signaturesPerClaim[id] != nil,
            (knownScore ?? score(of: signature, againstClaim: id)) < representativeFloor
        {
            return
        }
        stored.insert(key)
        signaturesPerClaim[id, default: 0] += 1
        let entryID = Int32(entries.count)
        let start = Int32(pool.count)
        let tokenIDs = signature.tokens.map { intern($0) }.sorted()
        let figureIDs = signature.figures.map { intern("#" + $0) }.sorted()
        let subjectIDs = signature.subject.map { intern($0) }.sorted()
        for token in tokenIDs + figureIDs {
            documentFrequency[Int(token)] += 1
            postings[Int(token)].append(entryID)
        }
        refreshWeights(changed: tokenIDs + figureIDs)
        pool.append(contentsOf: tokenIDs)
        pool.append(contentsOf: figureIDs)
        pool.append(contentsOf: subjectIDs)
        entries.append(
            Entry(
                claim: id, start: start, tokenCount: UInt16(clamping: tokenIDs.count),
                figureCount: UInt16(clamping: figureIDs.count), subjectCount: UInt16(clamping: subjectIDs.count),
                actor: signature.actor.map { intern($0) } ?? -1,
                isNegated: signature.isNegated, isStatementEvent: signature.isStatementEvent))
    }

    /// Records the claim a wording joined without storing the wording as a representative.
    mutating func claimByWordingIfAbsent(_ signature: ClaimSignature, _ id: Int64) {
        if claimByWording[signature] == nil { claimByWording[signature] = id }
    }

    /// The claim a mention worded exactly like `signature` joined first, if any.
    public func claim(worded signature: ClaimSignature) -> Int64? {
        claimByWording[signature]
    }

    /// Moves a wording to another claim when the mention that first had it moved there.
    mutating func reword(_ signature: ClaimSignature, from old: Int64, to new: Int64) {
        if claimByWording[signature] == old { claimByWording[signature] = new }
    }

    /// The known claim `signature` most probably states, with its score in 0…1; nil when no
    /// claim passes ``threshold`` or the figures, negation or actor rule.
    public func bestMatch(for signature: ClaimSignature) -> (claim: Int64, score: Double)? {
        matches(for: signature).best
    }

    /// The best match among claims other than `excluded`, the claim the mention started (and so
    /// is stored in).
    func bestMatch(for signature: ClaimSignature, excluding excluded: Int64) -> (claim: Int64, score: Double)? {
        matches(for: signature, excluding: excluded).best
    }

    /// The best match, as ``bestMatch(for:)`` gives it, and the best claim that scored below
    /// ``threshold`` but at least ``suggestionFloor``: a borderline match that an analyst may
    /// want to merge (``BatchPlan/suggestions``).
    func matches(for signature: ClaimSignature, excluding excluded: Int64? = nil) -> (
        best: (claim: Int64, score: Double)?, nearMiss: (claim: Int64, score: Double)?
    ) {
        let query = Query(signature, in: self)
        var best: (claim: Int64, score: Double, rank: Double)?
        var nearMiss: (claim: Int64, score: Double)?
        for entryID in candidates(for: query, storedAlready: excluded != nil) {
            let entry = entries[Int(entryID)]
            if entry.claim == excluded { continue }
            guard let score = score(entry, against: query), score >= suggestionFloor else { continue }
            guard score >= (entry.figureCount > 0 ? threshold - figureAllowance : threshold) else {
                if score > nearMiss?.score ?? 0 { nearMiss = (entry.claim, score) }
                continue
            }
            // Among claims that pass, the one sharing the mention's subject wins.
            let rank = score + subjectBonus * subjectOverlap(entry, query)
            if let current = best, rank < current.rank || (rank == current.rank && entry.claim >= current.claim) {
                continue
            }
            best = (entry.claim, score, rank)
        }
        if let chosen = best?.claim, nearMiss?.claim == chosen { nearMiss = nil }
        return (best.map { ($0.claim, $0.score) }, nearMiss)
    }

    /// The best score of `signature` against the stored wordings of one claim.
    func score(of signature: ClaimSignature, againstClaim id: Int64) -> Double {
        let query = Query(signature, in: self)
        var best = 0.0
        for entryID in candidates(for: query) where entries[Int(entryID)].claim == id {
            best = max(best, score(entries[Int(entryID)], against: query) ?? 0)
        }
        return best
    }

    private mutating func intern(_ token: String) -> Int32 {
        if let id = vocabulary[token] { return id }
        let id = Int32(documentFrequency.count)
        vocabulary[token] = id
        documentFrequency.append(0)
        weights.append(0)
        postings.append([])
        return id
    }

    /// Keeps ``weights`` current: the tokens just counted get their exact weight, and every
    /// weight is recomputed once the index has grown by 5 % since the last full pass (at every
    /// insert while the index is small, where one entry moves every weight).
    private mutating func refreshWeights(changed: [Int32]) {
        let total = entries.count + 1
        if total <= 1_000 || total > weightsEntryCount + weightsEntryCount / 20 {
            weightsEntryCount = total
            for token in weights.indices {
                weights[token] = weight(documentFrequency: documentFrequency[token])
            }
        } else {
            for token in changed {
                weights[Int(token)] = weight(documentFrequency: documentFrequency[Int(token)])
            }
        }
    }
}
