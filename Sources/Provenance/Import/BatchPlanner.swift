/// Decides in memory what each batch of an import writes: how each file is handled, the claim
/// each mention joins, and, for the claims this import created, every mention's origin.
///
/// Why in memory: SQLite writes on a thread of their own while the next batch is planned, so
/// planning never reads the store. The claims an import creates have all their mentions here,
/// and are traced as each batch ends, so their origins are written with the rows; an origin that
/// moves as its claim grows is rewritten once, by the import's last plans (``settle()``,
/// ``finish()``). A claim that existed before the import has older mentions only the store
/// holds; the mentions that join it are written untraced and the claim is marked dirty, to be
/// traced from the store when the import ends.
struct BatchPlanner {
    var catalog: ImportCatalog
    /// Nil until a batch brings new content: building it from a large store costs seconds.
    var index: ClaimIndex?
    /// Sketches of the articles stored and planned, for finding near-duplicates; loaded with
    /// ``index``.
    var copies = ArticleCopyIndex()
    /// Claims created by this import have ids from here on.
    let firstNewClaim: Int64
    /// Claims planned and then left without mentions: the index may still name them.
    private var retired: Set<Int64> = []
    /// The mentions of each claim this import created.
    private var evidence: [Int64: [OriginEvidence]] = [:]
    /// The first mention id this import gives out.
    private let firstMention: Int64
    /// A fingerprint of the origin last planned for each mention of those claims, by mention id
    /// from ``firstMention`` (0: not traced yet): a hash, not the trace, since an import holds
    /// one per mention it brings; an array, since those ids are consecutive.
    private var traced: [Int] = []
    /// How many mentions each of those claims had when last traced.
    private var tracedSize: [Int64: Int] = [:]
    /// Those claims whose latest mentions wait to be traced (see ``trace(_:in:waiting:)``).
    private var waitingClaims: Set<Int64> = []
    /// By claim, the latest origin of each mention written by an earlier batch whose origin has
    /// changed since: written once, in id order, by the import's last plans (``settle()`` and
    /// ``finish()``).
    ///
    /// Why not with each batch: a claim that gains an earlier article, or an attributed copy of
    /// a sentence its articles repeat, moves the origins of many of its mentions. On the 10k
    /// bench corpus (imported in no date order) batches rewrote 214,000 origins of 243,000
    /// mentions, scattered over the whole mention table, so each batch rewrote most of its
    /// pages; written once, they are 181,000 updates in one pass. The claims stay dirty in the
    /// store until then, so a stopped import leaves them to be traced again by the next read,
    /// never with stale origins shown as current.
    private var staleOrigins: [Int64: [Int64: TracedMention]] = [:]
    /// The claims of those mentions, with their corroboration as last traced.
    private var staleClaims: [Int64: ClaimCounts] = [:]
    /// Claims smaller than this are traced with every batch that touches them. Waiting moves
    /// work from tracing here to updating rows on the writer's thread, the slower stage, so only
    /// claims large enough for repeated tracing to cost more than that wait.
    let smallestWaitingClaim: Int
    private let tracer = OriginTracer()

    init(catalog: ImportCatalog, smallestWaitingClaim: Int = 500) {
        self.smallestWaitingClaim = smallestWaitingClaim
        self.catalog = catalog
        self.firstNewClaim = catalog.nextClaimID
        self.firstMention = catalog.nextMentionID
    }

    /// Whether any file of `batch` brings bytes the store does not hold yet.
    func bringsNewContent(_ batch: [AnalysedArticle]) -> Bool {
        batch.contains { !catalog.holds(sha256: $0.article.sha256) }
    }

    /// The plan of one batch; the planner remembers it, so batches must be written in the order
    /// they were planned. `index` must be set when ``bringsNewContent(_:)`` says so.
    mutating func plan(_ batch: [AnalysedArticle]) -> BatchPlan {
        var plan = BatchPlan()
        var touched = Set<Int64>()
        var weak: [(position: Int, signature: ClaimSignature)] = []
        var founders: [(position: Int, signature: ClaimSignature)] = []
        for analysed in batch {
            let parsed = analysed.article
            switch catalog.decide(path: parsed.path, sha256: parsed.sha256) {
            case .unchanged(let id):
                plan.articles.append(.none)
                plan.outcomes.append(.unchanged(articleID: id))
            case .copy(let original, let record):
                plan.articles.append(record ? .copy(path: parsed.path, of: original) : .none)
                plan.outcomes.append(.copy(of: original))
            case .new(let id, let replaces):
                if let replaces { copies.remove(article: replaces) }
                let new = BatchPlan.NewArticle(
                    id: id, article: parsed, credits: analysed.extraction.credits, scoop: analysed.extraction.scoop,
                    replaces: replaces, sketch: analysed.sketch, copy: copies.add(article: id, sketch: analysed.sketch))
                plan.articles.append(.insert(new))
                let count = analysed.extraction.mentions.count
                plan.outcomes.append(
                    replaces.map { .newVersion(articleID: id, replaced: $0, mentions: count) }
                        ?? .imported(articleID: id, mentions: count))
                for position in analysed.extraction.mentions.indices {
                    let signature = analysed.signatures[position]
                    let score = place(
                        analysed.extraction.mentions[position], signature: signature,
                        placement: analysed.placements[position], article: new, into: &plan, touched: &touched)
                    if let score, score < index!.representativeFloor {
                        weak.append((plan.mentions.count - 1, signature))
                    } else if score == nil {
                        founders.append((plan.mentions.count - 1, signature))
                    }
                }
            }
        }
        rematch(weak, in: &plan, touched: &touched)
        let alone = founders.filter { evidence[plan.mentions[$0.position].claimID]?.count == 1 }
        rematch(alone, alone: true, in: &plan, touched: &touched)
        trace(touched, in: &plan)
        plan.suggestions.removeAll { retired.contains($0.claim) }
        plan.seriesLinks.removeAll { retired.contains($0.claim) || retired.contains($0.related) }
        return plan
    }

    static func fingerprint(_ trace: TracedMention) -> Int {
        var hasher = Hasher()
        hasher.combine(trace.origin)
        hasher.combine(trace.originKind)
        hasher.combine(trace.rule)
        return hasher.finalize() | 1  // never 0, which marks a mention not traced yet
    }

    /// The plan that follows an import's last batch: the origins that moved in the claims that
    /// are not waiting, which no later tracing changes. Written while ``finish()`` traces the
    /// waiting ones, instead of after. Nil when there are none.
    mutating func settle() -> BatchPlan? {
        let settled = Set(staleClaims.keys.filter { !waitingClaims.contains($0) })
        guard !settled.isEmpty else { return nil }
        var plan = BatchPlan()
        moveStaleOrigins(of: settled, into: &plan)
        return plan
    }

    /// The last plan of an import: traces the claims still waiting and writes the origins that
    /// changed since their mentions were written. Nil when there is nothing left to write.
    mutating func finish() -> BatchPlan? {
        guard !waitingClaims.isEmpty || !staleClaims.isEmpty else { return nil }
        var plan = BatchPlan()
        trace(waitingClaims, in: &plan, waiting: false)
        moveStaleOrigins(of: Set(staleClaims.keys), into: &plan)
        return plan
    }

    /// Moves the stale origins of `claims` into `plan`, with the claims' counts, which also
    /// clean them.
    private mutating func moveStaleOrigins(of claims: Set<Int64>, into plan: inout BatchPlan) {
        let recounted = Set(plan.recounted.map(\.claim))
        var origins: [TracedMention] = []
        for claim in claims.sorted() {
            if let moved = staleOrigins.removeValue(forKey: claim) { origins.append(contentsOf: moved.values) }
            if let counts = staleClaims.removeValue(forKey: claim), !recounted.contains(claim) {
                plan.recounted.append((claim, counts))
                plan.dirtyClaims.remove(claim)
            }
        }
        // In id order: the updates walk the mention table once, page after page.
        plan.retraced = origins.sorted { $0.mentionID < $1.mentionID }
    }

    /// Adds one mention to the plan and returns its match score (nil when it starts a claim, or
    /// when it is not kept).
    private mutating func place(
        _ mention: ExtractedMention, signature: ClaimSignature, placement: MentionPlacement,
        article: BatchPlan.NewArticle, into plan: inout BatchPlan, touched: inout Set<Int64>
    ) -> Double? {
        guard !placement.exact.isEmpty, !mention.content.isEmpty else { return nil }
        var claim: Int64
        var score: Double?
        var nearMiss: (claim: Int64, score: Double)?
        if let known = index!.claim(worded: signature), !retired.contains(known) {
            // Wire copy and reposts repeat sentences word for word: the same wording states the
            // same claim, with no need to rank candidates.
            (claim, score) = (known, 1)
        } else {
            let matches = index!.matches(for: signature)
            if let match = matches.best, !retired.contains(match.claim) {
                (claim, score) = (match.claim, match.score)
            } else {
                claim = catalog.newClaimID()
                plan.newClaims.append(BatchPlan.NewClaim(id: claim, text: mention.content, counts: nil))
                if let related = index!.seriesNeighbour(for: signature), !retired.contains(related) {
                    plan.seriesLinks.append((claim, related))
                }
            }
            nearMiss = matches.nearMiss.flatMap { retired.contains($0.claim) ? nil : $0 }
        }
        let id = catalog.newMentionID()
        if let nearMiss { plan.suggestions.append((id, nearMiss.claim, nearMiss.score)) }
        plan.mentions.append(
            BatchPlan.Mention(id: id, articleID: article.id, claimID: claim, extracted: mention, placement: placement))
        if signature.isBareFigure || signature.borrowsContext {
            // "the number had risen to 64" never represents a claim: it borrowed its words from
            // the headline, and others joining it would join the headline. Alone, it waits for
            // the batch's second look (score 0), when the claims of later articles exist.
            if score == nil { score = 0 } else { index!.claimByWordingIfAbsent(signature, claim) }
        } else {
            index!.insert(claim: claim, signature: signature, knownScore: score)
        }
        join(
            claim, OriginEvidence(mention: id, mention, wording: placement.wording, in: article), plan: &plan,
            touched: &touched)
        return score
    }

    private mutating func join(
        _ claim: Int64, _ mention: OriginEvidence, plan: inout BatchPlan, touched: inout Set<Int64>
    ) {
        guard claim >= firstNewClaim else {
            plan.dirtyClaims.insert(claim)
            return
        }
        // In place: a large claim's array is not copied. Order does not matter, the tracer sorts.
        evidence[claim, default: []].append(mention)
        touched.insert(claim)
    }

    /// Gives each weakly matched mention of the batch a second look, now that the claims of the
    /// later articles exist: an article read early could only choose among the claims known
    /// then. A mention moves when another claim now ranks first.
    ///
    /// A mention left `alone` in the claim it started is matched against the other claims only:
    /// matching is asymmetric (a stored wording must be mostly in the new mention), so a long
    /// wording read first can fail to take a shorter one read later that the reverse order would
    /// have joined. Asking again from the long one's side makes the result less dependent on
    /// the order of the files.
    private mutating func rematch(
        _ weak: [(position: Int, signature: ClaimSignature)], alone: Bool = false, in plan: inout BatchPlan,
        touched: inout Set<Int64>
    ) {
        for (position, signature) in weak {
            let from = plan.mentions[position].claimID
            let found = alone ? index!.bestMatch(for: signature, excluding: from) : index!.bestMatch(for: signature)
            guard let best = found, best.claim != from, !retired.contains(best.claim)
            else { continue }
            plan.mentions[position].claimID = best.claim
            index!.insert(claim: best.claim, signature: signature)
            index!.reword(signature, from: from, to: best.claim)
            let id = plan.mentions[position].id
            if from >= firstNewClaim, let leaving = evidence[from]?.firstIndex(where: { $0.mentionID == id }) {
                let moved = evidence[from]!.remove(at: leaving)
                if evidence[from]!.isEmpty { abandon(from, in: &plan, touched: &touched) }
                join(best.claim, moved, plan: &plan, touched: &touched)
            } else {
                join(best.claim, evidence(of: plan.mentions[position], in: plan), plan: &plan, touched: &touched)
            }
        }
    }

    /// A claim of this batch left without mentions is not written; the index may still name it.
    private mutating func abandon(_ claim: Int64, in plan: inout BatchPlan, touched: inout Set<Int64>) {
        evidence[claim] = nil
        touched.remove(claim)
        retired.insert(claim)
        plan.newClaims.removeAll { $0.id == claim }
    }

    /// The evidence of a planned mention whose claim predates this import (it was not kept).
    private func evidence(of mention: BatchPlan.Mention, in plan: BatchPlan) -> OriginEvidence {
        var article: BatchPlan.NewArticle?
        for case .insert(let new) in plan.articles where new.id == mention.articleID { article = new }
        var evidence = OriginEvidence(
            mention: mention.id, mention.extracted, wording: mention.placement.wording, in: article)
        evidence.articleID = mention.articleID
        return evidence
    }

    /// Traces the claims this import created that the batch touched; new mentions get their
    /// origin, earlier ones are listed only when their origin changed.
    ///
    /// A large claim that has not yet doubled since it was last traced waits: its new mentions are
    /// written untraced and the claim dirty, and it is traced when it has doubled or in
    /// ``finish()``. Tracing every large claim after every batch cost more than matching.
    private mutating func trace(_ claims: Set<Int64>, in plan: inout BatchPlan, waiting: Bool = true) {
        guard !claims.isEmpty else { return }
        let firstInBatch = plan.mentions.first?.id ?? catalog.nextMentionID
        var newClaimPosition: [Int64: Int] = [:]
        for (position, claim) in plan.newClaims.enumerated() { newClaimPosition[claim.id] = position }
        for claim in claims.sorted() {
            // The count only: holding the array would make the in-place sort below copy it.
            guard let size = evidence[claim]?.count, size > 0 else { continue }
            if waiting, let last = tracedSize[claim], size >= smallestWaitingClaim, size < 2 * last {
                waitingClaims.insert(claim)
                plan.dirtyClaims.insert(claim)
                continue
            }
            waitingClaims.remove(claim)
            tracedSize[claim] = size
            // Sorted in place (moves, no copies), so the tracer takes the array as it is.
            evidence[claim]!.sort(by: OriginTracer.earlier)
            let result = tracer.corroborate(evidence[claim]!)
            var stale = staleClaims[claim] != nil
            for trace in result.traces {
                let slot = Int(trace.mentionID - firstMention)
                if slot >= traced.count { traced.append(contentsOf: repeatElement(0, count: slot + 1 - traced.count)) }
                let fingerprint = Self.fingerprint(trace)
                if trace.mentionID >= firstInBatch {
                    plan.mentions[Int(trace.mentionID - firstInBatch)].trace = trace
                } else if traced[slot] != fingerprint {
                    staleOrigins[claim, default: [:]][trace.mentionID] = trace
                    stale = true
                }
                traced[slot] = fingerprint
            }
            let counts = ClaimCounts(result)
            if let position = newClaimPosition[claim] {
                plan.newClaims[position].counts = counts
            } else if stale {
                // Counted now, cleaned when its origins are written (``finish()``).
                staleClaims[claim] = counts
                plan.dirtyClaims.insert(claim)
            } else {
                plan.recounted.append((claim, counts))
            }
        }
    }
}

extension OriginEvidence {
    /// What tracing needs of a mention planned for a new article (`article`, when the plan holds it).
    init(mention id: Int64, _ mention: ExtractedMention, wording: UInt64, in article: BatchPlan.NewArticle?) {
        self.init(
            mentionID: id, articleID: article?.id ?? 0,
            article: article?.evidence ?? ArticleEvidence(path: "", outlet: nil, published: nil, credits: []),
            speaker: mention.speaker, speakerKind: mention.speaker == nil ? nil : (mention.speakerKind ?? .unknown),
            via: mention.via, stance: mention.stance)
        self.wording = wording
    }
}
