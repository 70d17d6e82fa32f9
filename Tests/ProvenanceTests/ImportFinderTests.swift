import Foundation
import Testing

@testable import Provenance

@Suite("Import: finding article files")
struct ImportFinderTests {
    /// A temporary folder tree; removed when the test ends.
    final class Tree {
        let root: URL

        init(_ files: [String]) throws {
            root = FileManager.default.temporaryDirectory.appending(path: "prov-finder-\(UUID())")
            for file in files {
                let url = root.appending(path: file)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("Text.\n".utf8).write(to: url)
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }
    }

    func display(_ results: [Result<ArticleFile, ProvenanceError>]) -> [String] {
        results.map { result in
            switch result {
            case .success(let file): file.displayPath
            case .failure(let error): "error: \(error)"
            }
        }
    }

    @Test("folders are searched recursively, sorted, for .txt/.md/.markdown and pages, skipping hidden entries")
    func recursion() throws {
        let tree = try Tree([
            "b.md", "a.txt", "sub/c.MARKDOWN", "sub/d.pdf", ".hidden.txt", ".git/e.md", "sub/.f.md", "z.html",
        ])
        let folder = tree.root.path
        #expect(
            display(ArticleFileFinder().find([folder]))
                == [folder + "/a.txt", folder + "/b.md", folder + "/sub/c.MARKDOWN", folder + "/z.html"])
        let withSlash = display(ArticleFileFinder().find([folder + "/"]))
        #expect(withSlash.first == folder + "/a.txt")
    }

    @Test("relative folders give relative display paths")
    func relative() throws {
        let tree = try Tree(["stories/one.txt", "stories/deep/two.md"])
        // A relative path to the tree from wherever the tests run (no chdir: tests run in parallel).
        let depth = URL(filePath: FileManager.default.currentDirectoryPath).standardized.pathComponents.count - 1
        let relative = String(repeating: "../", count: depth) + tree.root.path.dropFirst() + "/stories"
        let results = ArticleFileFinder().find([relative])
        #expect(display(results) == [relative + "/deep/two.md", relative + "/one.txt"])
        let file = try #require(try results.first?.get())
        #expect(FileManager.default.fileExists(atPath: file.path))
    }

    @Test("a missing path and an explicitly named file of another type are errors in place; the rest goes on")
    func errorsInPlace() throws {
        let tree = try Tree(["a.txt", "notes.pdf", ".named.md"])
        let root = tree.root.path
        let results = ArticleFileFinder().find([
            root + "/missing.txt", root + "/notes.pdf", root + "/a.txt", root + "/.named.md",
        ])
        #expect(
            display(results) == [
                "error: \(ProvenanceError.fileNotFound(path: root + "/missing.txt"))",
                "error: \(ProvenanceError.unsupportedFileType(path: root + "/notes.pdf"))",
                root + "/a.txt",
                root + "/.named.md",
            ])
    }

    @Test("extensions are matched without regard to case", arguments: ["a.txt", "b.MD", "c.Markdown"])
    func extensions(name: String) {
        #expect(ArticleFileFinder.isArticleFile(name))
    }

    @Test("other names are not articles", arguments: ["a.pdf", "txt", "a.txt.bak", "dir.md/file"])
    func notArticles(name: String) {
        #expect(!ArticleFileFinder.isArticleFile(name))
    }
}
