import Foundation

@testable import Provenance

/// Shared helpers for the matching tests: the shared folder, the gold evidence, clustering and
/// B-cubed scoring.
enum MatchingTestSupport {
    /// `/work/shared` (or its equivalent): this file sits three levels below the folder that
    /// holds both the project and `shared`.
    static let sharedFolder = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "shared")

    struct GoldItem: Sendable {
        var claim: String
        var article: String
        var evidence: String
        var stance: String
    }

    private struct GoldFile: Decodable {
        struct Claim: Decodable {
            struct Entry: Decodable {
                var article: String
                var evidence: String
                var stance: String
            }
            var id: String
            var asserted_in: [Entry]
        }
        var claims: [Claim]
    }

    /// Every evidence sentence of the gold, in article order (as an import would meet them).
    static func goldItems() throws -> [GoldItem] {
        let data = try Data(contentsOf: sharedFolder.appending(path: "dev/gold.json"))
        let gold = try JSONDecoder().decode(GoldFile.self, from: data)
        let items = gold.claims.flatMap { claim in
            claim.asserted_in.map {
                GoldItem(claim: claim.id, article: $0.article, evidence: $0.evidence, stance: $0.stance)
            }
        }
        return items.enumerated().sorted { ($0.element.article, $0.offset) < ($1.element.article, $1.offset) }.map(
            \.element)
    }

    /// Inserts texts one by one, each joining its best match or founding a new claim; returns
    /// the claim id of each text.
    static func cluster(_ texts: [String], index: inout ClaimIndex) -> [Int64] {
        var next: Int64 = 1
        var assigned: [Int64] = []
        assigned.reserveCapacity(texts.count)
        for text in texts {
            let signature = ClaimSignature(text: text)
            let claim: Int64
            if let match = index.bestMatch(for: signature) {
                claim = match.claim
            } else {
                claim = next
                next += 1
            }
            index.insert(claim: claim, signature: signature)
            assigned.append(claim)
        }
        return assigned
    }

    /// B-cubed precision, recall and F1 of a clustering against gold labels.
    static func bCubed(predicted: [Int64], gold: [String]) -> (precision: Double, recall: Double, f1: Double) {
        var precision = 0.0
        var recall = 0.0
        for item in predicted.indices {
            let sameCluster = predicted.indices.filter { predicted[$0] == predicted[item] }
            let sameGold = gold.indices.filter { gold[$0] == gold[item] }
            let both = sameCluster.filter { gold[$0] == gold[item] }.count
            precision += Double(both) / Double(sameCluster.count)
            recall += Double(both) / Double(sameGold.count)
        }
        precision /= Double(predicted.count)
        recall /= Double(predicted.count)
        return (precision, recall, 2 * precision * recall / (precision + recall))
    }

    /// Naive sentence split: at ". ", "! ", "? " and line breaks, but not after a short
    /// abbreviation ("U.S. ", "Jan. ", "Gen. "); keeps pieces with 4+ words.
    static func sentences(in text: String) -> [String] {
        var result: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            var current = ""
            var previous: Character = " "
            for character in line {
                let lastWord = current.split(separator: " ").last ?? ""
                let isAbbreviation =
                    previous == "."
                    && (lastWord.dropLast().contains(".")
                        || (lastWord.count <= 4 && lastWord.first?.isUppercase == true))
                if character == " ", !isAbbreviation, previous == "." || previous == "!" || previous == "?" {
                    result.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
                previous = character
            }
            result.append(current)
        }
        return result.filter { $0.split(separator: " ").count >= 4 }
    }
}
