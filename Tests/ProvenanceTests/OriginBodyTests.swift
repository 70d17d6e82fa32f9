import Testing

@testable import Provenance

/// One source counted as several (issue 13): names of one body, its parts, its officers and its
/// people are one origin within a claim. Sentences are invented; real names only for the public
/// bodies in `known-sources.tsv`.
@Suite("Origin names: bodies, parts, officers")
struct OriginBodyTests {
    let tracer = OriginTracer()

    func said(
        _ id: Int64, by speaker: String, kind: SourceKind, article: Int64, stance: Stance = .asserts
    ) -> OriginEvidence {
        OriginEvidence(
            mentionID: id, articleID: article, articlePath: "a\(article).txt", articleOutlet: "Outlet \(article)",
            articlePublished: nil, articleCredits: [], speaker: speaker, speakerKind: kind, via: [], stance: stance)
    }

    @Test("an acronym and its full name are one origin")
    func acronymAndFullName() {
        let result = tracer.corroborate([
            said(1, by: "The World Health Organization (WHO)", kind: .organization, article: 1),
            said(2, by: "the WHO", kind: .organization, article: 2),
            said(3, by: "World Health Organisation", kind: .person, article: 3),
        ])
        #expect(result.originCount == 1)
        #expect(result.origins.first?.name == "WHO")
    }

    @Test("an agency alone is its own origin, named as itself")
    func agencyAlone() {
        let result = tracer.corroborate([
            said(1, by: "the International Agency for Research on Cancer", kind: .organization, article: 1),
            said(2, by: "IARC", kind: .organization, article: 2),
        ])
        #expect(result.origins.map(\.name) == ["IARC"])
    }

    @Test("an agency and the body it belongs to, cited in one claim, are one origin: the body")
    func agencyJoinsItsParentInTheClaim() {
        let result = tracer.corroborate([
            said(1, by: "WHO's cancer agency IARC", kind: .organization, article: 1),
            said(2, by: "the World Health Organization", kind: .organization, article: 2),
            said(3, by: "JECFA", kind: .organization, article: 3),
        ])
        #expect(result.origins.map(\.name) == ["WHO"])
    }

    @Test("two agencies of one body stay two origins when the claim does not cite the body")
    func siblingsStayApartWithoutTheirParent() {
        let result = tracer.corroborate([
            said(1, by: "the FDA", kind: .organization, article: 1),
            said(2, by: "the Centers for Disease Control and Prevention", kind: .organization, article: 2),
        ])
        #expect(result.originCount == 2)
    }

    @Test("an agency does not join a body the table does not place it in")
    func unrelatedBodiesStayApart() {
        let result = tracer.corroborate([
            said(1, by: "IARC", kind: .organization, article: 1),
            said(2, by: "the European Commission", kind: .organization, article: 2),
        ])
        #expect(result.originCount == 2)
    }
}
