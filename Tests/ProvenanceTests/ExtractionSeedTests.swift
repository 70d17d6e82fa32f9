import Foundation
import Testing

@testable import Provenance

/// Must-hold readings of the real seed articles in shared/seeds.
@Suite struct ExtractionSeedTests {
    /// shared/ lies 4 path components above this file, in the scratch package and in main.
    static let shared = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "shared")

    static func read(_ name: String) throws -> (text: String, result: ArticleExtraction) {
        let text = try String(contentsOf: shared.appending(path: "seeds/" + name), encoding: .utf8)
        return (text, MentionExtractor().extract(from: MentionExtractor.plainArticle(path: name, text: text)))
    }

    /// The mention whose span holds `phrase`.
    static func mention(_ r: (text: String, result: ArticleExtraction), containing phrase: String) -> ExtractedMention?
    {
        let bytes = Array(r.text.utf8)
        let needle = Array(phrase.utf8)
        return r.result.mentions.first { m in
            let span = Array(bytes[m.span])
            guard span.count >= needle.count else { return false }
            for i in 0...(span.count - needle.count) where span[i..<(i + needle.count)].elementsEqual(needle) {
                return true
            }
            return false
        }
    }

    static func text(_ r: (text: String, result: ArticleExtraction), _ span: Range<Int>) -> String {
        String(decoding: Array(r.text.utf8)[span], as: UTF8.self)
    }

    @Test func embassySentenceInSeed001() throws {
        let r = try Self.read("001_90c7e3912a3a1d27.txt")
        let m = try #require(Self.mention(r, containing: "is involved in the plot"))
        #expect(Self.text(r, m.span) == "The Iranian embassy in Pretoria is involved in the plot")
        #expect(m.speaker == "the US government official")
        #expect(m.speakerKind == .anonymous)
        #expect(m.via.isEmpty)
        #expect(m.rule == "inverted-said")
    }

    @Test func embassySentenceInSeed002() throws {
        let r = try Self.read("002_9cce69aa54e5a07f.txt")
        let m = try #require(Self.mention(r, containing: "is said to be involved in the plot"))
        #expect(m.speaker == "Politico")
        #expect(m.speakerKind == .outlet)
        #expect(m.hedged)
    }

    @Test func citingSentenceInSeed000() throws {
        let r = try Self.read("000_37aff237d610acf2.txt")
        let m = try #require(Self.mention(r, containing: "is involved in discussions about a plot"))
        #expect(m.speaker?.contains("U.S. government official") == true)
        #expect(m.via == ["Politico"])
        #expect(r.result.credits.first == "Politico")
    }

    @Test(arguments: [
        ("000_37aff237d610acf2.txt", "dozens of soldiers developed brain injuries"),
        ("001_90c7e3912a3a1d27.txt", "traumatic brain injuries"),
    ])
    func brainInjuryIsOwnVoice(_ file: String, _ phrase: String) throws {
        let r = try Self.read(file)
        let m = try #require(Self.mention(r, containing: phrase))
        #expect(m.speaker == nil)
        #expect(m.rule == "own-voice")
        #expect(m.via.isEmpty)
    }

    @Test func spansNeverCoverAParagraph() throws {
        for name in [
            "000_37aff237d610acf2.txt", "001_90c7e3912a3a1d27.txt", "002_9cce69aa54e5a07f.txt",
            "003_78de7dd1d1012843.txt", "004_18a612384e194648.txt",
        ] {
            let r = try Self.read(name)
            #expect(!r.result.mentions.isEmpty)
            for m in r.result.mentions {
                let s = Self.text(r, m.span)
                #expect(!s.contains("\n"), "\(name): \(s.prefix(60))")
                #expect(s == s.trimmingCharacters(in: .whitespaces))
                if let sp = m.speakerSpan { #expect(!Self.text(r, sp).isEmpty) }
            }
        }
    }
}
