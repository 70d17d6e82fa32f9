import Testing

@testable import Provenance

/// Extraction must never trap, whatever the text: random word and punctuation
/// soup, and every region boundary a real importer could produce.
@Suite struct ExtractionRobustnessTests {
    static let pieces = [
        "said", "says", "told", "according", "to", "citing", "Politico", "the", "official", "U.S.", "Gen.", ",", ".",
        "“", "”", "\"", "'", "’", ":", ";", "—", "-", "(AP)", "WASHINGTON", "?", "!", "that", "he", "They",
        "denied", "no", "evidence", "there", "was", "is", "said to", "reportedly", "1.5", "1,000", "é", "\n", " ",
        "Fox", "News", "quoted", "by", "report", "a", "Iran", "—", "…", "(", ")", "Mr.", "J.", "Sept.", "reports",
    ]

    @Test func randomTextNeverTraps() {
        var rng = SplitMix(seed: 42)
        let extractor = MentionExtractor()
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 40) {
                text += Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))]
                if rng.next() % 3 != 0 { text += " " }
            }
            let article = MentionExtractor.plainArticle(path: "r.txt", text: text)
            let n = text.utf8.count
            for m in extractor.extract(from: article).mentions {
                #expect(m.span.lowerBound >= 0 && m.span.upperBound <= n)
                if let s = m.speakerSpan { #expect(s.upperBound <= n) }
            }
            // The whole text as one region, and as a headline.
            let whole = ParsedArticle(
                path: "r.txt", sha256: "", text: text, title: nil, outlet: nil, url: nil,
                published: nil, regions: n > 0 ? [0..<n] : [], headline: n > 0 ? 0..<n : nil)
            _ = extractor.extract(from: whole)
        }
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
