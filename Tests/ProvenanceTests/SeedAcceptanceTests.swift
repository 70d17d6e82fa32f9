import Foundation
import Testing

@testable import Provenance

/// What must hold on the five seed articles the product was specified from
/// (read from ../shared/seeds; see shared/SEEDS.md).
@Suite("Seed articles")
struct SeedAcceptanceTests {
    let store: Store

    init() throws {
        store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [Fixtures.seeds.path])
    }

    /// The seed file a mention comes from ("000", "001", …).
    func seed(_ mention: Mention, in detail: ClaimDetail) -> String {
        let path = detail.articles[mention.articleID]?.path ?? ""
        return String(path.split(separator: "/").last?.prefix(3) ?? "")
    }

    /// The claim holding a mention whose exact text contains `phrase` in seed `file`.
    func claim(containing phrase: String, inSeed file: String) throws -> ClaimDetail {
        for claim in try store.claims(ClaimFilter(search: phrase)) {
            let detail = try store.claimDetail(claim.id)
            if detail.mentions.contains(where: { $0.exact.contains(phrase) && seed($0, in: detail) == file }) {
                return detail
            }
        }
        throw ProvenanceError.invalidArgument("no mention of '\(phrase)' in seed \(file)")
    }

    @Test("the embassy claim is one claim in 000, 001 and 002, traced to Politico alone, so circular")
    func embassyClaimIsCircular() throws {
        let detail = try claim(containing: "Iranian embassy in Pretoria is involved in the plot", inSeed: "001")
        let seeds = Set(detail.mentions.map { seed($0, in: detail) })
        #expect(seeds.isSuperset(of: ["000", "001", "002"]))
        #expect(detail.origins.map(\.name) == ["Politico"])
        #expect(detail.claim.circular)
    }

    @Test("001: the US government official speaks, with no via")
    func speakerIn001() throws {
        let detail = try claim(containing: "Iranian embassy in Pretoria is involved in the plot", inSeed: "001")
        let mention = try #require(
            detail.mentions.first { seed($0, in: detail) == "001" && $0.exact.contains("embassy in Pretoria") })
        #expect(mention.speaker == "the US government official")
        #expect(mention.via.isEmpty)
    }

    @Test("002: Politico is the speaker of the embassy claim")
    func speakerIn002() throws {
        let detail = try claim(containing: "Iranian embassy in Pretoria is involved in the plot", inSeed: "001")
        let mention = try #require(detail.mentions.first { seed($0, in: detail) == "002" })
        #expect(mention.speaker == "Politico")
    }

    @Test("000: the official speaks, via Politico")
    func speakerIn000() throws {
        let detail = try claim(containing: "Iranian embassy in Pretoria is involved in the plot", inSeed: "001")
        let mention = try #require(detail.mentions.first { seed($0, in: detail) == "000" })
        #expect(mention.speaker?.contains("official") == true)
        #expect(mention.via == ["Politico"])
    }

    @Test("the brain injuries are one claim in 000 and 001, in the outlets' own voice")
    func brainInjuries() throws {
        let detail = try claim(containing: "brain injuries", inSeed: "001")
        let mentions = detail.mentions.filter { $0.exact.contains("brain injuries") }
        #expect(Set(mentions.map { seed($0, in: detail) }).isSuperset(of: ["000", "001"]))
        #expect(mentions.allSatisfy { $0.speaker == nil })
    }
}
