import Foundation
import Testing

@testable import Provenance

/// A hand-run timing check: build a corpus with
/// `python3 /work/shared/bench/make_corpus.py 1000 /tmp/corp1k`, then run
/// `EXTRACTION_BENCH=/tmp/corp1k swift test -c release --filter ExtractionSpeed`.
@Suite struct ExtractionSpeedTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["EXTRACTION_BENCH"] != nil))
    func articlesPerSecond() throws {
        let dir = ProcessInfo.processInfo.environment["EXTRACTION_BENCH"]!
        var articles: [ParsedArticle] = []
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: dir) else { return }
        for case let rel as String in walker where rel.hasSuffix(".txt") || rel.hasSuffix(".md") {
            let text = try String(contentsOfFile: dir + "/" + rel, encoding: .utf8)
            articles.append(MentionExtractor.plainArticle(path: rel, text: text))
        }
        let extractor = MentionExtractor()
        var mentions = 0
        let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        let clock = ContinuousClock()
        let rounds = 5
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for a in articles { mentions += extractor.extract(from: a).mentions.count }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(articles.count * rounds) / seconds
        print(
            "extraction: \(articles.count) articles, \(bytes / max(1, articles.count)) B avg, "
                + "\(Int(rate)) articles/s, \(mentions / rounds) mentions")
        #expect(rate > 0)
    }
}
