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
        let cpuStart = Self.threadCPUSeconds()
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for a in articles { mentions += extractor.extract(from: a).mentions.count }
            }
        }
        let cpu = Self.threadCPUSeconds() - cpuStart
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(articles.count * rounds) / seconds
        // CPU time of this thread: the rate a quiet core would give, when other work shares the machine.
        let cpuRate = Double(articles.count * rounds) / max(cpu, 1e-9)
        print(
            "extraction: \(articles.count) articles, \(bytes / max(1, articles.count)) B avg, "
                + "\(Int(rate)) articles/s (wall), \(Int(cpuRate)) articles/s (thread CPU), "
                + "\(mentions / rounds) mentions")
        #expect(rate > 0)
    }

    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
