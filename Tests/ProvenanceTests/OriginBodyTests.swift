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

    @Test(
        "an officer introduced with the body they lead speaks for it",
        arguments: [
            ("Frances Vell, Secretary General of the Glassware Makers Association", "Glassware Makers Association"),
            ("Tallow Foods CEO Ruth Amadi", "Tallow Foods"),
            ("Tallow Foods' chief executive", "Tallow Foods"),
            ("Ines Pol, director-general of the Harbor Authority", "Harbor Authority"),
        ])
    func officerSpeaksForTheBody(_ speaker: String, _ body: String) {
        #expect(SourceNames.canonical(speaker, kind: .person) == body)
    }

    @Test("the officer named alone elsewhere in the claim joins the body, with the body named")
    func officerNamedAloneJoinsTheBody() {
        let result = tracer.corroborate([
            said(1, by: "Tallow Foods CEO Ruth Amadi", kind: .person, article: 1),
            said(2, by: "Amadi", kind: .person, article: 2),
            said(3, by: "Ruth Amadi", kind: .person, article: 3),
            said(4, by: "Tallow Foods", kind: .organization, article: 4),
        ])
        #expect(result.origins.map(\.name) == ["Tallow Foods"])
    }

    @Test("a person's office is that person, and a bare title joins the one person the claim gives it")
    func officeAndTitleJoinThePerson() {
        let result = tracer.corroborate([
            said(1, by: "Mayor Wren Ostby’s office", kind: .organization, article: 1),
            said(2, by: "The mayor’s office", kind: .organization, article: 2),
            said(3, by: "the mayor", kind: .person, article: 3),
            said(4, by: "Ostby", kind: .person, article: 4),
        ])
        #expect(result.origins.map(\.name) == ["Wren Ostby"])
    }

    @Test("a bare title stays apart when two people in the claim hold it")
    func ambiguousTitleStays() {
        let result = tracer.corroborate([
            said(1, by: "Mayor Wren Ostby", kind: .person, article: 1),
            said(2, by: "Mayor Tomas Greel", kind: .person, article: 2),
            said(3, by: "the mayor", kind: .person, article: 3),
        ])
        #expect(result.originCount == 3)
    }

    @Test("the Office of a named programme is a body, not a person's office")
    func namedOfficeIsABody() {
        #expect(
            SourceNames.canonical("the Office of Bridge Inspection", kind: .organization)
                == "Office of Bridge Inspection")
    }

    @Test("a reporter speaks for their outlet; an officer or a known body's person does not")
    func reporterAndOutlet() {
        let reporter = tracer.corroborate([
            said(1, by: "CNN's Jane Roe", kind: .person, article: 1),
            said(2, by: "CNN", kind: .outlet, article: 2),
        ])
        #expect(reporter.origins.map(\.name) == ["CNN"])
        #expect(OriginTracer.reportersOutlet("the firm's CEO Ruth Amadi") == nil)
        #expect(OriginTracer.reportersOutlet("WHO's Lena Marsh") == nil)
        #expect(OriginTracer.reportersOutlet("the Post's Jane Roe") == "the Post")
    }

    @Test("surname, full name and titled forms across articles are one origin")
    func surnameAndTitlesAcrossArticles() {
        let result = tracer.corroborate([
            said(1, by: "Kessling", kind: .person, article: 1),
            said(2, by: "Marta Kessling", kind: .person, article: 2),
            said(3, by: "Ms. Kessling", kind: .person, article: 3),
            said(4, by: "Commissioner Kessling", kind: .person, article: 4),
        ])
        #expect(result.origins.map(\.name) == ["Marta Kessling"])
    }
}
