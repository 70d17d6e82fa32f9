/// Finds, for each new article, the earlier-imported article it is a near-duplicate of, and
/// keeps articles in copy groups: a wire story and its reprints, a story and its reposts.
///
/// Candidates come from the sketches' hashes (an article shares many of its smallest shingle
/// hashes with its copies and almost none with other articles), never from a scan of every
/// article; only the most recent ``postingCap`` articles holding a hash are read, since any
/// member of a group is as good as another for finding the group.
public struct ArticleCopyIndex: Sendable {
    /// The Jaccard estimate from which two articles are copies of one another. Reprints that
    /// change a headline, add a paragraph or swap a footer stay well above it; two reports of the
    /// same event written separately stay far below it (they share facts, not five-word runs).
    public var threshold = 0.5
    /// How many hashes two sketches must share to be compared at all.
    var minimumShared = 4
    var postingCap = 64

    private var sketches: [Int64: ArticleSketch] = [:]
    private var groups: [Int64: Int64] = [:]
    private var postings: [UInt64: [Int64]] = [:]

    public init() {}

    /// Number of articles indexed.
    public var count: Int { sketches.count }

    /// The copy group of an indexed article: the id of the first article of its group imported.
    public func group(of article: Int64) -> Int64? {
        groups[article]
    }

    /// Indexes an article already stored, with the group the store recorded for it.
    public mutating func insert(article: Int64, sketch: ArticleSketch, group: Int64) {
        sketches[article] = sketch
        groups[article] = group
        for hash in sketch.hashes { postings[hash, default: []].append(article) }
    }

    /// Indexes a new article: the group and similarity of the article it copies, if any (it
    /// then joins that group), or nil (it starts a group of its own).
    public mutating func add(article: Int64, sketch: ArticleSketch) -> (group: Int64, similarity: Double)? {
        let found = bestCopy(of: sketch)
        let group = found.map { groups[$0.article] ?? $0.article } ?? article
        insert(article: article, sketch: sketch, group: group)
        return found.map { (group, $0.similarity) }
    }

    /// Removes an article (superseded by a new version of its file) from candidate lists.
    public mutating func remove(article: Int64) {
        guard let sketch = sketches.removeValue(forKey: article) else { return }
        for hash in sketch.hashes { postings[hash]?.removeAll { $0 == article } }
    }

    private func bestCopy(of sketch: ArticleSketch) -> (article: Int64, similarity: Double)? {
        guard sketch.hashes.count >= minimumShared else { return nil }
        var shared: [Int64: Int] = [:]
        for hash in sketch.hashes {
            for article in (postings[hash] ?? []).suffix(postingCap) { shared[article, default: 0] += 1 }
        }
        var best: (article: Int64, similarity: Double)?
        for (article, count) in shared where count >= minimumShared {
            guard let other = sketches[article] else { continue }
            let similarity = sketch.similarity(to: other)
            guard similarity >= threshold else { continue }
            if let current = best,
                similarity < current.similarity || (similarity == current.similarity && article > current.article)
            {
                continue
            }
            best = (article, similarity)
        }
        return best
    }
}
