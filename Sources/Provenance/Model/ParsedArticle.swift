/// One article file read, decoded and parsed by an importer, ready for
/// extraction and storage. Nothing has been written anywhere yet.
public struct ParsedArticle: Sendable, Hashable {
    /// The file's path as the user named it (a folder's path joined with the
    /// file's path below it for files found inside a folder).
    public var path: String
    /// Lowercase hex SHA-256 of the file's bytes.
    public var sha256: String
    /// The file's whole text as read from disk, front matter included.
    public var text: String
    public var title: String?
    public var outlet: String?
    public var url: String?
    /// ISO 8601 date or date-time, nil when unknown.
    public var published: String?
    /// UTF-8 byte ranges of `text` that are analysed: the body's paragraphs
    /// (and a headline line), with front matter and page furniture (captions,
    /// share boxes, "You May Also Like" tails, comment forms) left out.
    /// Sorted, non-overlapping; each range is one paragraph or line.
    public var regions: [Range<Int>]
    /// Byte range of the headline inside `text`, when the file holds one as a line of its own.
    public var headline: Range<Int>?

    public init(
        path: String,
        sha256: String,
        text: String,
        title: String?,
        outlet: String?,
        url: String?,
        published: String?,
        regions: [Range<Int>],
        headline: Range<Int>?
    ) {
        self.path = path
        self.sha256 = sha256
        self.text = text
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.regions = regions
        self.headline = headline
    }
}
