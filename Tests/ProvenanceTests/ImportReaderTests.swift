import Foundation
import Testing

@testable import Provenance

@Suite("Import: reading article bytes")
struct ImportReaderTests {
    let reader = ArticleReader()

    func read(_ text: String, metadata: MetadataOverrides = MetadataOverrides()) throws -> ParsedArticle {
        try reader.read(bytes: Array(text.utf8), displayPath: "a.md", metadata: metadata)
    }

    func readError(_ bytes: [UInt8]) -> ProvenanceError? {
        do {
            _ = try reader.read(bytes: bytes, displayPath: "a.md", metadata: MetadataOverrides())
            return nil
        } catch {
            return error
        }
    }

    @Test("the hash is the lowercase hex SHA-256 of the bytes")
    func hash() throws {
        let article = try read("abc")
        #expect(article.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("a NUL byte in the first 8 KB makes a binary file; later ones do not")
    func binary() throws {
        #expect(readError([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]) == .binaryFile(path: "a.md"))
        let late = Array(repeating: UInt8(ascii: "a"), count: 9000) + [0]
        #expect(readError(late) == nil)
    }

    @Test(
        "invalid UTF-8 is reported with the offset of the first bad byte",
        arguments: [
            ([0x61, 0x62, 0xFF, 0x63], 2),  // a byte that never occurs in UTF-8
            ([0x61, 0xC3], 1),  // é cut short at the end
            ([0xC3, 0xA9, 0xC3, 0x28], 2),  // é, then a lead byte without its continuation
            ([0xC0, 0x80], 0),  // overlong NUL
            ([0x61, 0xED, 0xA0, 0x80], 1),  // a UTF-16 surrogate
            ([0xF4, 0x90, 0x80, 0x80], 0),  // past U+10FFFF
            ([0x41, 0xE9, 0x74, 0xE9], 1),  // Latin-1 "Été"-style text
        ] as [([UInt8], Int)])
    func notUTF8(bytes: [UInt8], offset: Int) {
        #expect(readError(bytes) == .notUTF8(path: "a.md", byteOffset: offset))
    }

    @Test("a BOM is kept in the text, and regions start after it")
    func byteOrderMark() throws {
        let article = try read("\u{FEFF}Headline Here\n\nA first sentence of the body.\n")
        #expect(article.text.utf8.first == 0xEF)
        #expect(article.regions.first?.lowerBound == 3)
        #expect(article.title == "Headline Here")
    }

    @Test("CRLF text stays as read and regions exclude the line breaks")
    func crlf() throws {
        let text =
            "---\r\ntitle: \"Café prices rise\"\r\ndate: 2021-03-04\r\n---\r\n\r\nCafé prices rise\r\n\r\nPrices rose by 5% in March, the bureau said.\r\nIt was the “largest” rise in a decade.\r\n"
        let article = try read(text)
        #expect(article.text == text)
        #expect(article.title == "Café prices rise")
        #expect(article.published == "2021-03-04")
        #expect(
            article.regionTexts == [
                "Café prices rise", "Prices rose by 5% in March, the bureau said.",
                "It was the “largest” rise in a decade.",
            ])
        #expect(article.headlineText == "Café prices rise")
        let bytes = Array(text.utf8)
        for region in article.regions {
            #expect(bytes[region.upperBound] == 0x0D)
        }
    }

    @Test("front matter: outlet, url and date from their common key names")
    func frontMatterKeys() throws {
        let article = try read(
            """
            ---
            headline_note: ignored
            site_name: The Daily Example
            link: https://example.com/a
            pubDate: Mon, 14 Sep 2020 03:38:12 +0200
            tags: [a, b]
            ---
            Body sentence one is here.
            """)
        #expect(article.outlet == "The Daily Example")
        #expect(article.url == "https://example.com/a")
        #expect(article.published == "2020-09-14T01:38:12Z")
        #expect(article.regionTexts == ["Body sentence one is here."])
    }

    @Test("front matter closes with '...' or a '---' with trailing spaces")
    func closingLines() throws {
        #expect(try read("---\ntitle: A\n...\nText goes here.\n").title == "A")
        #expect(try read("--- \ntitle: B\n---   \nText goes here.\n").title == "B")
    }

    @Test("unquoted ': ' inside a value is read the way Jekyll users mean it")
    func unquotedColon() throws {
        let article = try read("---\ntitle: Report: Iran weighs a plot \nsource: Example News\n---\nText.\n")
        #expect(article.title == "Report: Iran weighs a plot")
        #expect(article.outlet == "Example News")
    }

    @Test("an opening '---' that is never closed is malformed front matter at line 1")
    func unclosed() {
        let error = readError(Array("---\ntitle: A\n\nBody text follows.\n".utf8))
        guard case .malformedFrontMatter(let file, let line, let reason) = error else {
            Issue.record("expected malformedFrontMatter, got \(String(describing: error))")
            return
        }
        #expect(file == "a.md")
        #expect(line == 1)
        #expect(reason.contains("closing"))
    }

    @Test("YAML that does not parse gives its file line and the parser's reason")
    func badYAML() {
        let error = readError(Array("---\ntitle: ok\ntags: [a, b\n  c: d\n---\nBody.\n".utf8))
        guard case .malformedFrontMatter(_, let line, let reason) = error else {
            Issue.record("expected malformedFrontMatter, got \(String(describing: error))")
            return
        }
        #expect((3...5).contains(line))
        #expect(!reason.isEmpty)
    }

    @Test("front matter that is a list, not key: value pairs, is malformed")
    func notAMapping() {
        let error = readError(Array("---\n- one\n- two\n---\nBody.\n".utf8))
        #expect(
            error
                == .malformedFrontMatter(file: "a.md", line: 2, reason: "expected 'key: value' lines, found a list"))
    }

    @Test("an unparseable date is nil, not an error")
    func unknownDate() throws {
        #expect(try read("---\ndate: sometime last week\n---\nBody.\n").published == nil)
    }

    @Test("--outlet, --url and --published win over the file")
    func overrides() throws {
        let overrides = MetadataOverrides(outlet: "Wire", url: "https://w.example/1", published: "14 Sep 2020")
        let article = try read(
            "---\noutlet: Site\nurl: https://s.example\ndate: 2019-01-01\n---\nBody.\n", metadata: overrides)
        #expect(article.outlet == "Wire")
        #expect(article.url == "https://w.example/1")
        #expect(article.published == "2020-09-14")
    }

    @Test("a missing file, and a folder, are reported by path")
    func missingFile() throws {
        #expect(throws: ProvenanceError.fileNotFound(path: "shown/x.txt")) {
            try reader.read(path: "/nonexistent/x.txt", displayPath: "shown/x.txt", metadata: MetadataOverrides())
        }
        #expect(throws: ProvenanceError.unreadableFile(path: "tmp", reason: "it is a folder")) {
            try reader.read(path: NSTemporaryDirectory(), displayPath: "tmp", metadata: MetadataOverrides())
        }
    }

    @Test("reading from disk gives the same article as reading the bytes")
    func fromDisk() throws {
        let url = FileManager.default.temporaryDirectory.appending(path: "prov-import-\(UUID()).txt")
        let text = "Storm Closes Harbour\n\nThe harbour closed on Tuesday, officials said.\n"
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fromDisk = try reader.read(path: url.path, displayPath: "storm.txt", metadata: MetadataOverrides())
        let fromBytes = try reader.read(
            bytes: Array(text.utf8), displayPath: "storm.txt", metadata: MetadataOverrides())
        #expect(fromDisk == fromBytes)
        #expect(fromDisk.path == "storm.txt")
    }
}
