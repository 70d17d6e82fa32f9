/// Names a mention by what survives a re-import: its article's path and bytes, its offsets, its
/// text and its claim content. Ids do not survive: a changed file is imported as a new article
/// whose mentions get new ids, so an analyst's decision that named ids would stop applying.
///
/// ``Store`` finds the mention a key names in the current version of the file at `path` (same
/// offsets, else the same text nearest the old offsets), else in the article with `sha256`.
public struct MentionKey: Sendable, Hashable, Codable {
    public var path: String
    public var sha256: String
    public var start: Int
    public var end: Int
    public var exact: String
    /// Tells apart the mentions one sentence carries (a denial and the claim that it was denied).
    public var content: String

    public init(path: String, sha256: String, start: Int, end: Int, exact: String, content: String) {
        self.path = path
        self.sha256 = sha256
        self.start = start
        self.end = end
        self.exact = exact
        self.content = content
    }

    /// "seeds/000.md@120–188", for listings.
    public var label: String {
        let file = path.split(separator: "/").suffix(2).joined(separator: "/")
        return "\(file)@\(start)–\(end)"
    }
}
