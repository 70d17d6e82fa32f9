import Foundation
import Testing

@testable import Provenance

/// DESIGN.md's origin rules, one behaviour per test, on mentions built by hand.
@Suite("Origin tracing")
struct OriginTracerTests {
    /// A mention in article `article` (published on day `day` of September 2020).
    func mention(
        _ id: Int64, article: Int64, day: Int? = nil, outlet: String? = nil, credits: [String] = [],
        speaker: String? = nil, kind: SourceKind? = nil, via: [String] = [], stance: Stance = .asserts
    ) -> OriginEvidence {
        OriginEvidence(
            mentionID: id, articleID: article, articlePath: "stories/a\(article).txt", articleOutlet: outlet,
            articlePublished: day.map { "2020-09-\(String(format: "%02d", $0))" }, articleCredits: credits,
            speaker: speaker, speakerKind: kind ?? (speaker == nil ? nil : .unknown), via: via, stance: stance)
    }

    let tracer = OriginTracer()

    @Test("outlets re-reporting one scoop are one origin, so the claim is circular")
    func reReportingIsCircular() {
        let result = tracer.corroborate([
            mention(1, article: 1, day: 13, outlet: "Politico", speaker: "a US official", kind: .anonymous),
            mention(
                2, article: 2, day: 14, outlet: "Fox News", speaker: "two officials", kind: .anonymous,
                via: ["Politico"]),
            mention(3, article: 3, day: 14, outlet: "Daily Mail", speaker: "Politico", kind: .outlet),
            mention(
                4, article: 4, day: 15, outlet: "Blog", speaker: "Fox News", kind: .outlet,
                via: ["Fox News", "Politico"]),
        ])
        #expect(result.origins.map(\.name) == ["Politico"])
        #expect(result.circular)
        #expect(!result.contested)
        #expect(result.credibility == 3)
    }

    @Test("mentions are ordered by publication exactly as their date strings compare")
    func publicationOrderFollowsTheDateStrings() {
        let dates: [String?] = [
            "2020-09-14", "2020-09-14T03:38:12Z", "2020-09-14T03:38:12+02:00", "2020-09-14T03:38",
            "2020-09-13T23:59:59Z", "2020-09-14T03:38:12.5Z", "2021", "2020-09-1", "émis le 14", nil,
        ]
        let evidence = dates.enumerated().map { offset, date in
            OriginEvidence(
                mentionID: Int64(offset), articleID: Int64(offset), articlePath: "a\(offset).txt", articleOutlet: nil,
                articlePublished: date, articleCredits: [], speaker: nil, speakerKind: nil, via: [],
                stance: .asserts)
        }
        for lhs in evidence {
            for rhs in evidence where lhs.articleID != rhs.articleID {
                let expected: Bool =
                    switch (lhs.articlePublished, rhs.articlePublished) {
                    case (let l?, let r?) where l != r: l < r
                    case (.some, nil): true
                    case (nil, .some): false
                    default: lhs.articleID < rhs.articleID
                    }
                #expect(
                    OriginTracer.earlier(lhs, rhs) == expected,
                    "\(lhs.articlePublished ?? "nil") vs \(rhs.articlePublished ?? "nil")")
            }
        }
    }

    @Test("two named first-hand speakers are two independent origins")
    func namedSpeakersAreIndependent() {
        let result = tracer.corroborate([
            mention(1, article: 1, day: 1, outlet: "AP", speaker: "Dana Okoro", kind: .person),
            mention(
                2, article: 2, day: 2, outlet: "Tribune", speaker: "Martin Kessler", kind: .person, via: ["Tribune"]),
        ])
        #expect(result.originCount == 2)
        #expect(!result.circular)
        #expect(result.credibility == 1)
        #expect(result.traces.allSatisfy { $0.rule == .namedSpeaker })
    }

    @Test("every outlet quoting the same person adds nothing beyond that person")
    func relayedStatementHasOneOrigin() {
        let result = tracer.corroborate([
            mention(1, article: 1, outlet: "CNN", speaker: "Trump", kind: .person, via: ["Twitter"]),
            mention(2, article: 2, outlet: "BBC", speaker: "Trump", kind: .person),
        ])
        #expect(result.originCount == 1)
        #expect(result.circular)
    }

    @Test("an anonymous source with no via traces to the outlet the article credits, else its own outlet")
    func anonymousSourceTracesToTheOutletThatHeardIt() {
        let credited = tracer.identifiedOrigin(
            of: mention(1, article: 1, outlet: "NY1", credits: ["Politico"], speaker: "officials", kind: .anonymous))
        #expect(credited?.origin == "Politico")
        #expect(credited?.rule == .anonymousToOutlet)
        let own = tracer.identifiedOrigin(
            of: mention(2, article: 2, outlet: "Reuters", speaker: "two sources", kind: .anonymous))
        #expect(own?.origin == "Reuters")
        let unknown = tracer.identifiedOrigin(of: mention(3, article: 3, speaker: "an official", kind: .anonymous))
        #expect(unknown == nil)
    }

    @Test("own-voice text with a credited outlet as via traces to that outlet (rule 3)")
    func creditedStory() {
        let traced = tracer.identifiedOrigin(of: mention(1, article: 1, outlet: "NY1", via: ["Politico"]))
        #expect(traced?.origin == "Politico")
        #expect(traced?.rule == .creditedStory)
    }

    @Test("unattributed repeats add no origin when an identified one exists (rule 5)")
    func independenceIsShownNotAssumed() {
        let result = tracer.corroborate([
            mention(1, article: 1, day: 2, outlet: "Gazette"),
            mention(2, article: 2, day: 1, outlet: "Wire", speaker: "the Pentagon", kind: .organization),
            mention(3, article: 3, day: 3, outlet: "Blog"),
        ])
        #expect(result.originCount == 1)
        #expect(result.traces.first { $0.mentionID == 1 }?.rule == .earliestIdentified)
        #expect(result.traces.first { $0.mentionID == 1 }?.origin == result.origins.first?.name)
        #expect(result.circular)
        #expect(!result.unsourced)
    }

    @Test("a claim nobody attributes is unsourced, traced to the earliest article that states it (rule 6)")
    func unsourced() {
        let result = tracer.corroborate([
            mention(1, article: 1, day: 5, outlet: "Later Daily"),
            mention(2, article: 2, day: 3, outlet: "Early Times"),
        ])
        #expect(result.unsourced)
        #expect(result.origins.map(\.name) == ["Early Times"])
        #expect(result.circular)
        #expect(result.credibility == 6)
    }

    @Test("denials make a claim contested and add no origin")
    func denialsDoNotCorroborate() {
        let result = tracer.corroborate([
            mention(1, article: 1, outlet: "Politico", speaker: "an official", kind: .anonymous),
            mention(2, article: 2, outlet: "IRNA", speaker: "Saeed Khatibzadeh", kind: .person, stance: .denies),
        ])
        #expect(result.contested)
        #expect(result.originCount == 1)
        #expect(!result.circular)
        #expect(result.credibility == 4)
    }

    @Test("an unsourced article's file name names the origin when its outlet is unknown")
    func unsourcedWithoutOutlet() {
        let result = tracer.corroborate([mention(1, article: 7)])
        #expect(result.origins.map(\.name) == ["a7.txt"])
    }
}

@Suite("Origin names")
struct OriginNameTests {
    let tracer = OriginTracer()

    func said(_ id: Int64, by speaker: String, kind: SourceKind, article: Int64) -> OriginEvidence {
        OriginEvidence(
            mentionID: id, articleID: article, articlePath: "a\(article).txt", articleOutlet: "Outlet \(article)",
            articlePublished: nil, articleCredits: [], speaker: speaker, speakerKind: kind, via: [], stance: .asserts)
    }

    @Test("a surname and the full name another mention gives are one origin")
    func surnameJoinsFullName() {
        let result = tracer.corroborate([
            said(1, by: "President Donald Trump", kind: .person, article: 1),
            said(2, by: "Trump", kind: .person, article: 2),
            said(3, by: "Mr Trump", kind: .person, article: 3),
        ])
        #expect(result.originCount == 1)
        #expect(result.origins.first?.name == "Donald Trump")
    }

    @Test("a spokesperson named alone traces to the body another mention says they speak for")
    func spokespersonSpeaksForTheBody() {
        let result = tracer.corroborate([
            said(1, by: "Pentagon spokesman Jonathan Hoffman", kind: .person, article: 1),
            said(2, by: "Hoffman", kind: .person, article: 2),
            said(3, by: "the Pentagon", kind: .organization, article: 3),
        ])
        #expect(result.originCount == 1)
        #expect(result.origins.first?.kind == .organization)
    }

    @Test("a body named with less context joins its fuller name in the same claim")
    func shorterOrganizationNameJoinsTheFullerOne() {
        let result = tracer.corroborate([
            said(1, by: "Iranian Foreign Ministry", kind: .organization, article: 1),
            said(2, by: "the foreign ministry", kind: .organization, article: 2),
        ])
        #expect(result.originCount == 1)
    }

    @Test("two people who share a surname stay two origins")
    func differentPeopleSameSurname() {
        let result = tracer.corroborate([
            said(1, by: "Donald Trump", kind: .person, article: 1),
            said(2, by: "Ivanka Trump", kind: .person, article: 2),
        ])
        #expect(result.originCount == 2)
    }
}

@Suite("Origin rules within an article")
struct SameArticleOriginTests {
    let tracer = OriginTracer()

    func mention(
        _ id: Int64, article: Int64, outlet: String? = nil, credits: [String] = [], speaker: String? = nil,
        kind: SourceKind? = nil, via: [String] = []
    ) -> OriginEvidence {
        OriginEvidence(
            mentionID: id, articleID: article, articlePath: "a\(article).txt", articleOutlet: outlet,
            articlePublished: nil, articleCredits: credits, speaker: speaker, speakerKind: kind, via: via,
            stance: .asserts)
    }

    @Test("a headline restating what the body attributes to a named speaker is the same report")
    func headlineDefersToTheBody() {
        let result = tracer.corroborate([
            mention(1, article: 1, outlet: "Tribune", speaker: "State inspector", kind: .organization),
            mention(2, article: 1, outlet: "Tribune", speaker: "Martin Kessler", kind: .person),
        ])
        #expect(result.origins.map(\.name) == ["Martin Kessler"])
        #expect(result.traces.first { $0.mentionID == 1 }?.rule == .sameArticle)
    }

    @Test("an outlet's report of a story the article says another outlet broke first traces to that outlet")
    func reportFollowsTheScoop() {
        var relayed = mention(1, article: 1, outlet: "Daily Blog", speaker: "Fox News", kind: .outlet)
        relayed.articleScoop = "Politico"
        var ownSource = mention(2, article: 1, outlet: "Daily Blog", speaker: "insiders", kind: .anonymous, via: ["Fox News"])
        ownSource.articleScoop = "Politico"
        let result = tracer.corroborate([
            relayed, mention(3, article: 2, outlet: "Politico", speaker: "two officials", kind: .anonymous),
        ])
        #expect(result.origins.map(\.name) == ["Politico"])
        #expect(result.traces.first { $0.mentionID == 1 }?.rule == .scoop)
        // Fox's own source is Fox's, scoop or not.
        #expect(tracer.corroborate([ownSource]).origins.map(\.name) == ["Fox News"])
    }

    @Test("a sentence copied without credit traces where another article's credit for it does")
    func uncreditedCopyFollowsTheCredit() {
        let sentence = "The Iranian embassy in Pretoria is involved in the plot"
        var credited = mention(1, article: 1, outlet: "Tribune", speaker: "an official", kind: .anonymous, via: ["Politico"])
        credited.wording = OriginEvidence.wordingKey(of: sentence)
        var copied = mention(2, article: 2, outlet: "Daily Blog", speaker: "an official", kind: .anonymous)
        copied.wording = OriginEvidence.wordingKey(of: "The Iranian embassy in Pretoria is “involved” in the plot")
        let result = tracer.corroborate([credited, copied])
        #expect(result.origins.map(\.name) == ["Politico"])
        #expect(result.traces.first { $0.mentionID == 2 }?.rule == .copiedSentence)
        // Another wording is the outlet's own report.
        copied.wording = OriginEvidence.wordingKey(of: "An embassy took part")
        #expect(tracer.corroborate([credited, copied]).originCount == 2)
    }

    @Test("an outlet's scoop and the official statement confirming it in the same article are two origins")
    func outletScoopIsNotTheSameReport() {
        let result = tracer.corroborate([
            mention(1, article: 1, outlet: "Tribune", speaker: "Reuters", kind: .outlet),
            mention(2, article: 1, outlet: "Tribune", speaker: "the Pentagon", kind: .organization),
        ])
        #expect(result.originCount == 2)
        #expect(result.traces.first { $0.mentionID == 1 }?.rule == .outletSpeaker)
    }

    @Test("a denial in the same article does not become the origin of the claim it denies")
    func denialDoesNotBackTheClaim() {
        var denial = mention(1, article: 1, outlet: "BusinessLIVE", speaker: "Iran", kind: .organization)
        denial.stance = .denies
        let result = tracer.corroborate([
            denial,
            mention(2, article: 1, outlet: "BusinessLIVE", speaker: "Politico", kind: .outlet),
        ])
        #expect(result.origins.map(\.name) == ["Politico"])
    }

    @Test("'the newspaper said' traces to the outlet the article credits")
    func genericOutletReference() {
        let traced = tracer.identifiedOrigin(
            of: mention(
                1, article: 1, outlet: "Wire", credits: ["The Harbor Ledger"], speaker: "The newspaper", kind: .person))
        #expect(traced?.rule == .anonymousToOutlet)
        #expect(traced?.origin.contains("Harbor Ledger") == true)
    }

    @Test("a speaker described with an indefinite article is an unnamed source; a bare pronoun identifies nothing")
    func indefiniteDescriptions() {
        let described = tracer.identifiedOrigin(
            of: mention(
                1, article: 1, outlet: "The Ledger", speaker: "a city engineer familiar with it", kind: .unknown))
        #expect(described?.rule == .anonymousToOutlet)
        #expect(
            tracer.identifiedOrigin(of: mention(2, article: 1, outlet: "The Ledger", speaker: "he", kind: .unknown))
                == nil)
    }

    @Test("a reporter speaks for their outlet")
    func reporterSpeaksForTheOutlet() {
        let traced = tracer.identifiedOrigin(
            of: mention(1, article: 1, outlet: "Task & Purpose", speaker: "CNN's Barbara Starr", kind: .person))
        #expect(traced?.origin == "CNN")
        #expect(OriginTracer.reportersOutlet("Iran's foreign minister") == nil)
        #expect(OriginTracer.reportersOutlet("the Post’s White House correspondent") == "the Post")
    }

    @Test("an unnamed role is anonymous, not a named person")
    func unnamedRole() {
        #expect(OriginTracer.isUnnamedRole("State inspector"))
        #expect(OriginTracer.isUnnamedRole("senior US officials"))
        #expect(!OriginTracer.isUnnamedRole("Inspector Martin Kessler"))
        #expect(!OriginTracer.isUnnamedRole("Donald Trump"))
    }

    @Test("a credit the claim's attributions do not confirm adds no origin")
    func unconfirmedCreditIsDemoted() {
        let result = tracer.corroborate([
            mention(1, article: 1, outlet: "Channel 7", speaker: "Dana Okoro", kind: .person),
            mention(2, article: 2, outlet: "Radio", via: ["The Harbor Ledger"]),
        ])
        #expect(result.originCount == 1)
        #expect(result.traces.first { $0.mentionID == 2 }?.rule == .earliestIdentified)
    }

    @Test("a credit that an attribution confirms stays")
    func confirmedCreditStays() {
        let result = tracer.corroborate([
            mention(1, article: 1, outlet: "Wire", speaker: "two officials", kind: .anonymous, via: ["Politico"]),
            mention(2, article: 2, outlet: "Radio", via: ["Politico"]),
        ])
        #expect(result.traces.first { $0.mentionID == 2 }?.rule == .creditedStory)
        #expect(result.origins.map(\.name) == ["Politico"])
    }
}
