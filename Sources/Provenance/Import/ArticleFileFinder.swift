import Foundation

/// One article file to import: where to read it, and the path to show.
public struct ArticleFile: Sendable, Hashable {
    /// The path to open.
    public var path: String
    /// The file's path as the user named it, or, for a file found inside a
    /// folder the user named, that folder's path joined with the file's path
    /// below it (a relative folder gives a relative path).
    public var displayPath: String

    public init(path: String, displayPath: String) {
        self.path = path
        self.displayPath = displayPath
    }
}

/// Turns the paths a user typed (files and folders) into the article files
/// to import, in a stable order.
///
/// Folders are searched recursively for `.txt`, `.md` and `.markdown` files
/// and saved web pages (`.html`, `.htm`, `.xhtml`, `.html.gz`, `.htm.gz`; any letter case); hidden files and folders (names starting with `.`) are
/// skipped, and so are files of other types found in folders. Each folder's
/// files come sorted by their path below it, so imports are reproducible.
///
/// Problems come back in place, as failures among the results, so a caller
/// can report each one and import the rest:
///
/// ```swift
/// for result in ArticleFileFinder().find(["stories/", "notes.pdf"]) {
///     switch result {
///     case .success(let file): import(file)
///     case .failure(let error): report(error)  // notes.pdf: unsupported file type
///     }
/// }
/// ```
public struct ArticleFileFinder: Sendable {
    /// File name extensions (lowercase) that hold articles.
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown"]

    public init() {}

    /// The article files under `paths`, in the order the paths were given.
    ///
    /// A path that does not exist gives ``ProvenanceError/fileNotFound(path:)``;
    /// a file named explicitly with another extension gives
    /// ``ProvenanceError/unsupportedFileType(path:)``; a folder that cannot be
    /// listed gives ``ProvenanceError/unreadableFile(path:reason:)``.
    public func find(_ paths: [String]) -> [Result<ArticleFile, ProvenanceError>] {
        var results: [Result<ArticleFile, ProvenanceError>] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                results.append(.failure(.fileNotFound(path: path)))
                continue
            }
            if isFolder.boolValue {
                var visited = Set<String>()
                results += searchFolder(path, displayPath: path, visited: &visited)
            } else if Self.isArticleFile(path) {
                results.append(.success(ArticleFile(path: path, displayPath: path)))
            } else {
                results.append(.failure(.unsupportedFileType(path: path)))
            }
        }
        return results
    }

    /// Whether a file name has one of ``articleExtensions`` or reads as a saved web page.
    public static func isArticleFile(_ name: String) -> Bool {
        if ArticleReader.isPage(name) { return true }
        guard let dot = name.lastIndex(of: "."), !name[name.index(after: dot)...].contains("/") else { return false }
        return articleExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// `folder` joined with `name`, without doubling a trailing `/`.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private func searchFolder(_ path: String, displayPath: String, visited: inout Set<String>)
        -> [Result<ArticleFile, ProvenanceError>]
    {
        // A symbolic link back up the tree must not loop forever.
        let real = URL(filePath: path).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return [] }
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: path)
        } catch {
            return [.failure(.unreadableFile(path: displayPath, reason: "cannot list the folder"))]
        }
        var results: [Result<ArticleFile, ProvenanceError>] = []
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
            let child = Self.join(path, name)
            let childDisplay = Self.join(displayPath, name)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: child, isDirectory: &isFolder) else { continue }  // a dangling link
            if isFolder.boolValue {
                results += searchFolder(child, displayPath: childDisplay, visited: &visited)
            } else if Self.isArticleFile(name) {
                results.append(.success(ArticleFile(path: child, displayPath: childDisplay)))
            }
        }
        return results
    }
}
