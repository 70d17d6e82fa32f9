import Foundation
import Testing

@testable import Provenance

/// Unrelated sentences must not pile up into one claim, and the figure series of the gold
/// (11 → 34 → 50 → 64 → 109) must stay apart.
@Suite("Matching keeps claims apart")
struct MatchingBackgroundTests {
    @Test("seed sentences, split naively, form no absurdly large cluster")
    func seedSentences() throws {
        let folder = MatchingTestSupport.sharedFolder.appending(path: "seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path()).filter { $0.hasSuffix(".txt") }
            .sorted()
        var sentences: [String] = []
        for file in files {
            let text = try String(contentsOf: folder.appending(path: file), encoding: .utf8)
            sentences += MatchingTestSupport.sentences(in: text)
        }
        var index = ClaimIndex()
        let clusters = MatchingTestSupport.cluster(sentences, index: &index)
        var sizes: [Int64: Int] = [:]
        for claim in clusters { sizes[claim, default: 0] += 1 }
        let largest = sizes.values.max() ?? 0
        let multi = sizes.values.filter { $0 > 1 }.count
        print("seeds: \(sentences.count) sentences, \(sizes.count) clusters, \(multi) with 2+, largest \(largest)")
        for (claim, size) in sizes where size > 1 {
            for (sentence, id) in zip(sentences, clusters) where id == claim {
                print("  [\(claim) x\(size)] \(sentence.prefix(110))")
            }
        }
        // Seeds 000-002 retell one story, so a few sentences recur up to four times.
        #expect(largest <= 16)
    }

    @Test("gold figure series 11, 34, 50, 64, 109 never merge across claims")
    func figureSeriesStayApart() throws {
        let series: Set<String> = ["s2-tbi-11", "s2-tbi-34", "s2-tbi-50", "s2-tbi-64", "s2-tbi-109"]
        let items = try MatchingTestSupport.goldItems()
        // A clause holding two values of the series ("had increased from 34 to 50") is listed
        // by the gold under 34 in one article and under 50 in another; no signature of that
        // clause can follow both, and extraction is to split it into two mentions. Those are
        // left out of this check (they are still inserted).
        let values: Set<String> = ["11", "34", "50", "64", "109"]
        func carriesTwoValues(_ text: String) -> Bool {
            let words = text.split { !$0.isNumber }.map(String.init)
            return Set(words).intersection(values).count > 1
        }
        var labels: [String: Set<String>] = [:]
        for item in items where series.contains(item.claim) {
            labels[item.evidence, default: []].insert(item.claim)
            if carriesTwoValues(item.evidence) { labels[item.evidence]!.insert("two values") }
        }
        var index = ClaimIndex()
        let predicted = MatchingTestSupport.cluster(items.map(\.evidence), index: &index)
        var claimsPerCluster: [Int64: Set<String>] = [:]
        for (item, cluster) in zip(items, predicted)
        where series.contains(item.claim) && labels[item.evidence]!.count == 1 {
            claimsPerCluster[cluster, default: []].insert(item.claim)
        }
        for (cluster, claims) in claimsPerCluster {
            #expect(claims.count == 1, "cluster \(cluster) mixes \(claims.sorted())")
        }
        // All gold evidence, including denials and disputes, is inserted; the series is checked.
        #expect(!claimsPerCluster.isEmpty)
    }
}
