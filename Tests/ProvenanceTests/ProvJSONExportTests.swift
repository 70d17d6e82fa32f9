import Foundation
import Testing

@testable import Provenance

/// A store holding the seeds and the harbor-bridge example, for the export tests.
enum ExportFixture {
    static func store() throws -> Store {
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [Fixtures.seeds.path, Fixtures.examples.path])
        return store
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

@Suite("PROV-JSON export")
struct ProvJSONExportTests {
    /// For each relation kind the export writes, the attributes naming other records and
    /// the record kind each must name.
    static let references: [String: [String: String]] = [
        "wasAttributedTo": ["prov:entity": "entity", "prov:agent": "agent"],
        "wasDerivedFrom": ["prov:generatedEntity": "entity", "prov:usedEntity": "entity"],
        "specializationOf": ["prov:specificEntity": "entity", "prov:generalEntity": "entity"],
    ]

    let store: Store
    let document: [String: Any]

    init() throws {
        store = try ExportFixture.store()
        var output = ""
        try ProvJSONExporter().write(store, to: &output)
        document = try ExportFixture.json(output)
    }

    func records(_ kind: String) -> [String: [String: Any]] {
        (document[kind] as? [String: [String: Any]]) ?? [:]
    }

    @Test("only PROV-JSON record kinds, and every relation names a declared record of the right kind")
    func relationsPointAtDeclaredRecords() throws {
        let kinds: Set<String> = ["prefix", "entity", "agent", "wasAttributedTo", "wasDerivedFrom", "specializationOf"]
        #expect(Set(document.keys) == kinds)
        var declared: [String: String] = [:]
        for kind in ["entity", "agent"] {
            for id in records(kind).keys {
                #expect(declared[id] == nil, "\(id) declared twice")
                declared[id] = kind
            }
        }
        var checked = 0
        for (relation, attributes) in Self.references {
            for (id, record) in records(relation) {
                for (attribute, kind) in attributes {
                    let target = try #require(record[attribute] as? String, "\(relation) \(id) lacks \(attribute)")
                    #expect(declared[target] == kind, "\(relation) \(id): \(attribute) \(target)")
                    checked += 1
                }
            }
        }
        #expect(checked > 1_000)
    }

    @Test("every identifier is provtool:, schema: or oa: with a local part of letters, digits and ._/-")
    func localNames() throws {
        let prefixes = Set(try #require(document["prefix"] as? [String: String]).keys)
        for kind in document.keys where kind != "prefix" {
            for id in records(kind).keys {
                let parts = id.split(separator: ":", maxSplits: 1)
                #expect(parts.count == 2 && prefixes.contains(String(parts[0])), "\(id)")
                let local = parts.last ?? ""
                #expect(local.first.map { $0.isASCII && ($0.isLetter || $0.isNumber) } == true, "\(id)")
                #expect(local.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._/-".contains($0)) }, "\(id)")
            }
        }
    }

    @Test("each mention specialises its claim, quotes its article and carries its span as selectors")
    func mentions() throws {
        let specializations = records("specializationOf")
        let derivations = records("wasDerivedFrom")
        let entities = records("entity")
        var mentions = 0
        try store.forEachClaimDetailStreaming { detail in
            for mention in detail.mentions {
                let id = "provtool:mention/\(mention.id)"
                let entity = try #require(entities[id])
                #expect(entity["oa:start"] as? Int == mention.start)
                #expect(entity["oa:end"] as? Int == mention.end)
                #expect(entity["oa:exact"] as? String == mention.exact)
                #expect(
                    specializations[id + "/specialization"]?["prov:generalEntity"] as? String
                        == "provtool:claim/\(detail.claim.id)")
                let quotation = try #require(derivations[id + "/quotation"])
                #expect(quotation["prov:usedEntity"] as? String == "provtool:article/\(mention.articleID)")
                #expect((quotation["prov:type"] as? [String: String])?["$"] == "prov:Quotation")
                mentions += 1
            }
        }
        #expect(mentions == (try store.counts().mentions))
    }

    @Test("a via chain is a derivation per hop, and the origin is the primary source")
    func reReportingHops() throws {
        let derivations = records("wasDerivedFrom")
        var hops = 0
        var primaries = 0
        try store.forEachClaimTrail { claim, mentions in
            for mention in mentions {
                let id = "provtool:mention/\(mention.id)"
                if let primary = derivations[id + "/primary-source"] {
                    #expect((primary["prov:type"] as? [String: String])?["$"] == "prov:PrimarySource")
                    primaries += 1
                } else {
                    #expect(
                        mention.origin.isEmpty,
                        "mention \(mention.id) traced to \(mention.origin) has no primary source")
                }
                guard let via = mention.via.first, let speakerID = mention.speakerSourceID, let viaID = via.sourceID,
                    mention.via.count == 1, viaID != speakerID
                else { continue }
                let hop = "provtool:statement/\(claim)/source/\(viaID)/from/source/\(speakerID)"
                let record = try #require(derivations[hop], "no hop \(hop)")
                #expect(record["prov:usedEntity"] as? String == "provtool:statement/\(claim)/source/\(speakerID)")
                #expect(
                    derivations[id + "/relay"]?["prov:usedEntity"] as? String
                        == "provtool:statement/\(claim)/source/\(viaID)")
                hops += 1
            }
        }
        #expect(hops > 0)
        #expect(primaries > 0)
    }

    @Test("a two-hop via chain: article ← Fox News ← Politico ← the officials, each hop once")
    func twoHops() {
        let mention = MentionTrail(
            id: 7, claimID: 3, articleID: 2, start: 0, end: 10, exact: "x", prefix: "", suffix: "",
            speaker: "two officials", speakerSourceID: 30, stance: .asserts, hedged: false, cue: "said",
            rule: "tail", via: [.init(name: "Fox News", sourceID: 10), .init(name: "Politico", sourceID: 20)],
            origin: "Politico", originSourceID: 20, originArticleID: nil, originRule: "via-chain")
        var again = mention
        again.id = 8
        var trail = ProvJSONTrail()
        let derivations = [mention, again].flatMap { trail.derivations($0) }
        let byID = Dictionary(uniqueKeysWithValues: derivations.map { ($0.id, $0) })
        #expect(byID.count == derivations.count)
        #expect(byID["provtool:mention/7/relay"]?.used == "provtool:statement/3/source/10")
        #expect(byID["provtool:mention/7/primary-source"]?.used == "provtool:statement/3/source/20")
        #expect(byID["provtool:mention/7/quotation"]?.used == "provtool:article/2")
        let hops = derivations.filter { $0.type == "provtool:ReReporting" }.map { "\($0.generated) <- \($0.used)" }
        #expect(
            hops == [
                "provtool:statement/3/source/10 <- provtool:statement/3/source/20",
                "provtool:statement/3/source/20 <- provtool:statement/3/source/30",
            ])
        var speakers = ProvJSONTrail()
        #expect(speakers.newSpeakers(mention).map(\.local) == ["source/10", "source/20", "source/30"])
        #expect(speakers.newSpeakers(again).isEmpty)
        var other = again
        other.claimID = 4
        #expect(speakers.newSpeakers(other).count == 3, "a new claim has statements of its own")
    }

    @Test("an unsourced claim's primary source is the earliest article stating it")
    func unsourcedPrimarySource() throws {
        let derivations = records("wasDerivedFrom")
        var found = 0
        try store.forEachClaimTrail { _, mentions in
            for mention in mentions where mention.originRule == "unsourced" {
                let used = derivations["provtool:mention/\(mention.id)/primary-source"]?["prov:usedEntity"] as? String
                #expect(used == mention.originArticleID.map { "provtool:article/\($0)" })
                found += 1
            }
        }
        #expect(found > 0)
    }

    @Test(
        "free text becomes distinct local names of letters, digits and ._/-",
        arguments: [
            ["Fox News", "Fox-News", "Fox.News", "Fox_News", "Fox  News"], [" a", "a ", "a", "", "Ünïcødé 東京"],
        ])
    func localNameEncoding(_ names: [String]) {
        let locals = names.map(ProvJSONNames.local)
        #expect(Set(locals).count == names.count, "\(locals)")
        for local in locals {
            #expect(!local.isEmpty && !local.hasSuffix(".") && !local.hasPrefix("-"))
            #expect(local.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._/-".contains($0)) })
        }
        #expect(ProvJSONNames.local("Fox News") == "Fox-News")
    }

    @Test("an empty store is a valid, empty document")
    func emptyStore() throws {
        var output = ""
        try ProvJSONExporter().write(try Store(path: ":memory:"), to: &output)
        let document = try ExportFixture.json(output)
        #expect((document["entity"] as? [String: Any])?.isEmpty == true)
        #expect(document["prefix"] is [String: String])
    }
}
