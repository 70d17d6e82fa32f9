/// A saved web page read for import: its metadata and its article body as
/// the text prov analyses.
///
/// The analysed text is the headline on the first line, a blank line, then
/// one paragraph per line with blank lines between, so the line-based
/// region and headline logic of ``ArticleBody`` reads it as it reads a text
/// file. Mention offsets point into this text, not into the page's bytes.
///
/// ```swift
/// let page = try HTMLPage(bytes: bytes, path: "saved/story.html")
/// page.metadata.title   // og:title, JSON-LD headline, <title> or the first <h1>
/// page.text             // "Headline\n\nFirst paragraph.\n\nSecond paragraph.\n"
/// ```
struct HTMLPage {
    var metadata: HTMLMetadata
    /// The article's paragraphs, page furniture left out.
    var paragraphs: [String]
    /// The analysed text: headline, blank line, paragraphs.
    var text: String

    /// Parses a page's bytes (gzip-compressed ones are inflated first).
    ///
    /// Throws ``ProvenanceError/unreadableFile(path:reason:)`` for broken
    /// gzip data or a page libxml2 cannot parse.
    init(bytes: [UInt8], path: String) throws(ProvenanceError) {
        var html = bytes
        if Gzip.isGzip(bytes) {
            guard let inflated = Gzip.gunzip(bytes) else {
                throw .unreadableFile(path: path, reason: "its gzip data is damaged or cut short")
            }
            html = inflated
        }
        guard let tree = HTMLTree(bytes: html) else {
            throw .unreadableFile(path: path, reason: "it holds no HTML page")
        }
        metadata = HTMLMetadata(tree)
        paragraphs = HTMLBody(tree, blocks: HTMLBlocks(tree), title: metadata.title).paragraphs
        var text = ""
        if let title = metadata.title { text += title + "\n\n" }
        for paragraph in paragraphs { text += paragraph + "\n\n" }
        if text.hasSuffix("\n\n") { text.removeLast() }
        self.text = text
    }
}

extension ArticleReader {
    /// File names that hold saved web pages (lowercase suffixes).
    static let pageSuffixes = [".html", ".htm", ".xhtml", ".html.gz", ".htm.gz"]

    /// Whether a file name reads as a saved web page.
    static func isPage(_ name: String) -> Bool {
        let lower = name.lowercased()
        return pageSuffixes.contains { lower.hasSuffix($0) }
    }

    /// Parses a saved web page's bytes: the article's text is the page's
    /// analysed text (``HTMLPage``), its sha256 that of the file's bytes.
    /// `metadata` wins over what the page says.
    func readPage(bytes: [UInt8], displayPath: String, metadata: MetadataOverrides) throws(ProvenanceError)
        -> ParsedArticle
    {
        let page = try HTMLPage(bytes: bytes, path: displayPath)
        let sha256 = bytes.withUnsafeBufferPointer { ArticleBytes.sha256Hex($0) }
        var utf8 = Array(page.text.utf8)
        return utf8.withUnsafeMutableBufferPointer { mutable in
            let buffer = UnsafeBufferPointer(mutable)
            let lines = LineScanner.lines(in: buffer, from: 0, firstLineNumber: 1)
            let body = ArticleBody(bytes: buffer, lines: lines, title: page.metadata.title)
            let published =
                metadata.published.map { ISODate.normalise($0) ?? $0 } ?? page.metadata.published ?? body.dateline
            return ParsedArticle(
                path: displayPath,
                sha256: sha256,
                text: page.text,
                title: page.metadata.title ?? body.headlineText,
                outlet: metadata.outlet ?? page.metadata.outlet,
                url: metadata.url ?? page.metadata.url,
                published: published,
                regions: body.regions,
                headline: body.headline
            )
        }
    }
}
