import Foundation
import Testing

@testable import Provenance

/// Throughput of signature creation and of insert + bestMatch. Opt-in: set PROV_MATCH_BENCH to
/// a corpus folder (`python3 ../shared/bench/make_corpus.py 2000 /tmp/corp2k`) and run in
/// release mode:
/// `PROV_MATCH_BENCH=/tmp/corp2k swift test -c release -Xswiftc -enable-testing --filter MatchingBenchmark`.
@Suite("Matching benchmark")
struct MatchingBenchmarkTests {
    static let folder = ProcessInfo.processInfo.environment["PROV_MATCH_BENCH"]

    @Test("insert + bestMatch on a generated corpus", .enabled(if: folder != nil))
    func throughput() throws {
        let root = URL(filePath: Self.folder!)
        var sentences: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: root.path()).sorted() {
            sentences += MatchingTestSupport.sentences(
                in: try String(contentsOf: root.appending(path: file), encoding: .utf8))
        }
        // Repeat the corpus's sentences if needed to reach about 200k.
        var texts = sentences
        while texts.count < 200_000 { texts += sentences.prefix(200_000 - texts.count) }
        let clock = ContinuousClock()
        var signatures: [ClaimSignature] = []
        signatures.reserveCapacity(texts.count)
        let signing = clock.measure {
            for text in texts { signatures.append(ClaimSignature(text: text)) }
        }
        var index = ClaimIndex()
        let env = ProcessInfo.processInfo.environment
        if let value = env["SS"].flatMap(Double.init) { index.entryShare = value }
        if let value = env["RF"].flatMap(Double.init) { index.representativeFloor = value }
        if let value = env["TH"].flatMap(Double.init) { index.threshold = value }
        var next: Int64 = 1
        var sizes: [Int64: Int] = [:]
        let matching = clock.measure {
            for signature in signatures {
                let claim =
                    index.bestMatch(for: signature)?.claim
                    ?? {
                        next += 1; return next - 1
                    }()
                index.insert(claim: claim, signature: signature)
                sizes[claim, default: 0] += 1
            }
        }
        func micros(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
        }
        print(
            String(
                format:
                    "bench: %d sentences (%d distinct from corpus); signature %.2f µs each; insert+bestMatch %.2f µs each; %d claims, %d stored wordings, largest cluster %d",
                texts.count, sentences.count, micros(signing) / Double(texts.count),
                micros(matching) / Double(texts.count), sizes.count, index.count, sizes.values.max() ?? 0))
        if ProcessInfo.processInfo.environment["PROV_MATCH_BENCH_DUMP"] != nil,
            let largest = sizes.max(by: { $0.value < $1.value })
        {
            var index2 = ClaimIndex()
            var next2: Int64 = 1
            var shown = 0
            for (text, signature) in zip(texts, signatures).prefix(30000) {
                let claim =
                    index2.bestMatch(for: signature)?.claim
                    ?? {
                        next2 += 1; return next2 - 1
                    }()
                index2.insert(claim: claim, signature: signature)
                if claim == largest.key, shown < 40 {
                    print("  L: \(text.prefix(120)) || \(signature.encoded)"); shown += 1
                }
            }
        }
        #expect(index.count > 0)
    }
}
