/// What an import needs to know about the articles already stored, held in memory so that each
/// file is classified (unchanged, copy, new, new version) without a query: the thread that plans
/// a batch never touches SQLite while the previous batch is written.
///
/// Mirrors the store's rules: an article is found by content among current (not superseded)
/// versions, the earliest first; a path's current version is its latest one.
struct ImportCatalog: Sendable {
    private var bySHA: [String: (id: Int64, path: String)] = [:]
    private var byPath: [String: (id: Int64, sha256: String)] = [:]
    private var copyPaths: Set<String> = []

    /// The next ids to hand out; every stored id is below them.
    var nextArticleID: Int64
    var nextMentionID: Int64
    var nextClaimID: Int64

    /// How a file of the batch is handled.
    enum Decision: Equatable {
        case unchanged(Int64)
        /// Same bytes under another path; `record` is false when that path is already recorded.
        case copy(of: Int64, record: Bool)
        /// New bytes: a new article with this id, replacing the path's current version if any.
        case new(id: Int64, replaces: Int64?)
    }

    /// `current` lists the stored current articles in id order.
    init(
        current: [(id: Int64, path: String, sha256: String)], copyPaths: Set<String>, nextArticleID: Int64,
        nextMentionID: Int64, nextClaimID: Int64
    ) {
        for article in current {
            if bySHA[article.sha256] == nil { bySHA[article.sha256] = (article.id, article.path) }
            byPath[article.path] = (article.id, article.sha256)
        }
        self.copyPaths = copyPaths
        self.nextArticleID = nextArticleID
        self.nextMentionID = nextMentionID
        self.nextClaimID = nextClaimID
    }

    /// Content hashes of the current articles: files with these bytes need no extraction.
    var knownContent: Set<String> { Set(bySHA.keys) }

    /// Whether a current article has these bytes.
    func holds(sha256: String) -> Bool { bySHA[sha256] != nil }

    /// Classifies a file and records the decision, so that later files of the import see it.
    mutating func decide(path: String, sha256: String) -> Decision {
        if let existing = bySHA[sha256] {
            if existing.path == path { return .unchanged(existing.id) }
            return .copy(of: existing.id, record: copyPaths.insert(path).inserted)
        }
        let id = nextArticleID
        nextArticleID += 1
        let previous = byPath[path]
        if let previous, bySHA[previous.sha256]?.id == previous.id {
            bySHA[previous.sha256] = nil
        }
        bySHA[sha256] = (id, path)
        byPath[path] = (id, sha256)
        return .new(id: id, replaces: previous?.id)
    }

    mutating func newMentionID() -> Int64 {
        defer { nextMentionID += 1 }
        return nextMentionID
    }

    mutating func newClaimID() -> Int64 {
        defer { nextClaimID += 1 }
        return nextClaimID
    }
}
