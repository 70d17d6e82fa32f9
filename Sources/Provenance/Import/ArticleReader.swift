import Foundation

/// Reads one article file into a ``ParsedArticle``: checks that it is UTF-8
/// text, hashes it, reads its front matter, and marks the lines that are the
/// article (``ParsedArticle/regions``), leaving page furniture out.
///
/// Reading never writes anything and never prints; a file that cannot be
/// imported throws a ``ProvenanceError`` that names it, so the caller can
/// report it and go on with the next file.
///
/// ```swift
/// let reader = ArticleReader()
/// let article = try reader.read(path: "stories/a.md", displayPath: "stories/a.md", metadata: MetadataOverrides())
/// for region in article.regions { … }  // UTF-8 byte ranges into article.text
/// ```
public struct ArticleReader: Sendable {
    public init() {}

    /// Reads the file at `path`; a saved web page (`.html`, `.htm`,
    /// `.html.gz`) is read with ``readPage(bytes:displayPath:metadata:)``. `displayPath` is the path as the user named
    /// it (see ``ArticleFileFinder``) and is what errors and the article carry.
    ///
    /// Throws ``ProvenanceError/fileNotFound(path:)``,
    /// ``ProvenanceError/unreadableFile(path:reason:)`` (a folder, no
    /// permission), and the errors of ``read(bytes:displayPath:metadata:)``.
    public func read(path: String, displayPath: String, metadata: MetadataOverrides) throws(ProvenanceError)
        -> ParsedArticle
    {
        let bytes = try Self.contents(of: path, displayPath: displayPath)
        if Self.isPage(path) { return try readPage(bytes: bytes, displayPath: displayPath, metadata: metadata) }
        return try read(bytes: bytes, displayPath: displayPath, metadata: metadata)
    }

    /// Parses a file's bytes.
    ///
    /// Throws ``ProvenanceError/binaryFile(path:)`` for a NUL byte in the
    /// first 8 KB, ``ProvenanceError/notUTF8(path:byteOffset:)`` with the
    /// offset of the first bad byte, and
    /// ``ProvenanceError/malformedFrontMatter(file:line:reason:)``.
    public func read(bytes: [UInt8], displayPath: String, metadata: MetadataOverrides) throws(ProvenanceError)
        -> ParsedArticle
    {
        try bytes.withUnsafeBufferPointer { (buffer) throws(ProvenanceError) -> ParsedArticle in
            try ArticleBytes.validate(buffer, path: displayPath)
            let frontMatter = try FrontMatter.parse(buffer, path: displayPath)
            let lines = LineScanner.lines(
                in: buffer, from: frontMatter?.bodyStart ?? 0, firstLineNumber: frontMatter?.bodyFirstLine ?? 1)
            let body = ArticleBody(bytes: buffer, lines: lines, title: frontMatter?.title)
            let published =
                metadata.published.map { ISODate.normalise($0) ?? $0 }
                ?? frontMatter?.date.flatMap(ISODate.normalise)
                ?? body.dateline
            return ParsedArticle(
                path: displayPath,
                sha256: ArticleBytes.sha256Hex(buffer),
                text: String(decoding: buffer, as: UTF8.self),
                title: frontMatter?.title ?? body.headlineText,
                outlet: metadata.outlet ?? frontMatter?.outlet,
                url: metadata.url ?? frontMatter?.url,
                published: published,
                regions: body.regions,
                headline: body.headline
            )
        }
    }

    /// The file's bytes, or the ``ProvenanceError`` that says why not.
    static func contents(of path: String, displayPath: String) throws(ProvenanceError) -> [UInt8] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .fileNotFound(path: displayPath)
        }
        if isFolder.boolValue { throw .unreadableFile(path: displayPath, reason: "it is a folder") }
        guard let data = manager.contents(atPath: path) else {
            let reason = manager.isReadableFile(atPath: path) ? "the read failed" : "permission denied"
            throw .unreadableFile(path: displayPath, reason: reason)
        }
        return [UInt8](data)
    }
}
