import Foundation
import Testing

@testable import Provenance

/// The shared seed and dev articles, found beside the project root
/// (this file is three levels below the folder that holds `shared/`).
enum SharedCorpus {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "shared")
    static let seeds = root.appending(path: "seeds")
    static let devArticles = root.appending(path: "dev/articles")

    static func files(in folder: URL) -> [String] {
        ArticleFileFinder().find([folder.path]).compactMap { try? $0.get().path }
    }

    static func seed(_ prefix: String) throws -> ParsedArticle {
        let path = try #require(files(in: seeds).first { URL(filePath: $0).lastPathComponent.hasPrefix(prefix) })
        return try ArticleReader().read(path: path, displayPath: path, metadata: MetadataOverrides())
    }
}

extension ParsedArticle {
    /// The text of each region, for assertions.
    var regionTexts: [String] {
        let bytes = Array(text.utf8)
        return regions.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    var headlineText: String? {
        headline.map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
    }

    func regionsContain(_ phrase: String) -> Bool { regionTexts.contains { $0.contains(phrase) } }
}

@Suite("Import: seed and dev articles")
struct ImportCorpusTests {
    @Test("every seed and dev article parses, with sorted, non-overlapping regions")
    func everyArticleParses() throws {
        let paths = SharedCorpus.files(in: SharedCorpus.seeds) + SharedCorpus.files(in: SharedCorpus.devArticles)
        #expect(paths.count >= 39)  // 5 seeds and 34 dev articles
        for path in paths {
            let article = try ArticleReader().read(path: path, displayPath: path, metadata: MetadataOverrides())
            #expect(!article.regions.isEmpty, "\(path)")
            #expect(article.sha256.count == 64)
            for (earlier, later) in zip(article.regions, article.regions.dropFirst()) {
                #expect(earlier.upperBound <= later.lowerBound, "\(path)")
            }
            if let headline = article.headline { #expect(article.regions.contains(headline), "\(path)") }
        }
    }

    @Test("seed 002: front matter title and the dashed date, read as ISO 8601")
    func seed002FrontMatter() throws {
        let article = try SharedCorpus.seed("002")
        #expect(article.published == "2020-09-14T03:38:12Z")
        #expect(article.title?.hasPrefix("Iran considering assassinating US ambassador") == true)
        #expect(!article.regionsContain("extends: _layouts.post"))
        #expect(article.regionsContain("according to\u{00A0}Politico"))
        #expect(!article.regionsContain("Mar-a-Lago club, pictured"))
    }

    @Test("seed 001: the comment form and the 'You May Also Like' tail are not regions")
    func seed001Tail() throws {
        let article = try SharedCorpus.seed("001")
        #expect(!article.regionsContain("Leave a Reply"))
        #expect(!article.regionsContain("You May Also Like"))
        #expect(!article.regionsContain("Novavax"))
        #expect(!article.regionsContain("Reggie Bush"))
        #expect(article.regionsContain("Soleimani of overseeing the plot."))
        // A sentence broken where a hyperlink was dropped keeps both halves.
        #expect(article.regionTexts.contains("Marks, 66, was"))
    }

    @Test("seed 000: headline read; photo captions with credits are not regions")
    func seed000Captions() throws {
        let article = try SharedCorpus.seed("000")
        #expect(article.title?.hasPrefix("U.S. Intelligence: Iran is Plotting") == true)
        #expect(article.headlineText == article.title)
        #expect(!article.regionsContain("Wikimedia Commons"))
        #expect(!article.regionTexts.contains("Lana Marks"))
        #expect(article.regionsContain("killing 176 people onboard"))
    }

    @Test("seed 003: 'About The Author' and 'Share this post' are not regions")
    func seed003Tail() throws {
        let article = try SharedCorpus.seed("003")
        #expect(!article.regionsContain("About The Author"))
        #expect(!article.regionsContain("Share this post"))
        #expect(article.regionsContain("as well as U.S. forces."))
    }

    @Test("seed 004: no headline; 'Related posts:' and 'Views: 0' are not regions")
    func seed004Tail() throws {
        let article = try SharedCorpus.seed("004")
        #expect(article.headline == nil)
        #expect(article.title == nil)
        #expect(!article.regionsContain("Related posts"))
        #expect(!article.regionsContain("Views: 0"))
        #expect(article.regionTexts.first?.hasPrefix("Iran on Sunday marked one year") == true)
    }

    @Test("dev metadata: title, outlet, url and date match gold.json")
    func devMetadataMatchesGold() throws {
        let gold = try Self.gold()
        let articles = try #require(gold["articles"] as? [String: [String: Any]])
        for (name, facts) in articles where !name.hasPrefix("seeds/") {
            let path = SharedCorpus.devArticles.appending(path: name).path
            let article = try ArticleReader().read(path: path, displayPath: name, metadata: MetadataOverrides())
            if facts["front_matter"] as? Bool == true {
                #expect(article.title == facts["title"] as? String, "\(name)")
                #expect(article.outlet == facts["outlet"] as? String, "\(name)")
                #expect(article.url == facts["url"] as? String, "\(name)")
            }
            // Bare-text articles carry their date in a dateline ("February 10, 2020 - 4:54 pm").
            if let date = facts["date"] as? String {
                #expect(article.published == date, "\(name)")
            }
        }
    }

    @Test("every gold evidence sentence lies inside the regions")
    func goldEvidenceIsInRegions() throws {
        let gold = try Self.gold()
        let claims = try #require(gold["claims"] as? [[String: Any]])
        var cache: [String: ParsedArticle] = [:]
        var checked = 0
        for claim in claims {
            for entry in claim["asserted_in"] as? [[String: Any]] ?? [] {
                guard let name = entry["article"] as? String, let evidence = entry["evidence"] as? String else {
                    continue
                }
                let url =
                    name.hasPrefix("seeds/")
                    ? SharedCorpus.root.appending(path: name) : SharedCorpus.devArticles.appending(path: name)
                let article =
                    try cache[name]
                    ?? ArticleReader().read(path: url.path, displayPath: name, metadata: MetadataOverrides())
                cache[name] = article
                let bytes = Array(article.text.utf8)
                let needle = Array(evidence.utf8)
                // The headline also stands in the front matter: any copy inside the regions counts.
                let starts = Self.indices(of: needle, in: bytes)
                guard !starts.isEmpty else { continue }
                let covered = starts.contains { start in
                    article.regions.contains { $0.overlaps(start..<(start + needle.count)) }
                }
                #expect(covered, "\(name): \(evidence.prefix(60))")
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    static func gold() throws -> [String: Any] {
        let data = try Data(contentsOf: SharedCorpus.root.appending(path: "dev/gold.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func indices(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        return (0...(haystack.count - needle.count)).filter { start in
            haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}
