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
    var postingCap = 16
    /// How many of the candidates sharing the most hashes are compared.
    var comparedCandidates = 8

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
        var seen: [Int64] = []
        seen.reserveCapacity(sketch.hashes.count * postingCap)
        for hash in sketch.hashes { seen.append(contentsOf: (postings[hash] ?? []).suffix(postingCap)) }
        guard seen.count >= minimumShared else { return nil }
        // Count by sorting (a few hundred ids): cheaper than hashing each one.
        seen.sort()
        var counted: [(article: Int64, shared: Int)] = []
        var start = 0
        while start < seen.count {
            var end = start + 1
            while end < seen.count, seen[end] == seen[start] { end += 1 }
            if end - start >= minimumShared { counted.append((seen[start], end - start)) }
            start = end
        }
        // The most-shared candidates are the likeliest copies; a few are enough to find the group.
        counted.sort { $0.shared != $1.shared ? $0.shared > $1.shared : $0.article < $1.article }
        var best: (article: Int64, similarity: Double)?
        for candidate in counted.prefix(comparedCandidates) {
            guard let other = sketches[candidate.article] else { continue }
            let similarity = sketch.similarity(to: other)
            if similarity >= threshold, similarity > best?.similarity ?? 0 { best = (candidate.article, similarity) }
        }
        return best
    }
}
