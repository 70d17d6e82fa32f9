import Foundation
import Testing

@testable import Provenance

/// The Markdown report says what the HTML report says, from the same content.
@Suite("Report Markdown")
struct ReportMarkdownTests {
    @Test("every claim, grade line, origin and evidence title of the HTML report is in the Markdown one")
    func sameContentAsHTML() throws {
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [Fixtures.examples.path])
        let content = try ReportBuilder().build(from: store)
        var markdown = ""
        MarkdownReport().write(content, to: &markdown)
        #expect(markdown.hasPrefix("# Provenance report\n"))
        for figure in content.summary.figures {
            #expect(markdown.contains(": \(figure.count)\n"))
        }
        for section in content.sections {
            #expect(markdown.contains("## \(section.kind.title) (\(section.count))\n"))
            for item in section.claims {
                #expect(markdown.contains("### Claim \(item.claim.id): "))
                #expect(markdown.contains("**\(MarkdownReport.inline(item.grade.line)).**"))
                for origin in item.origins {
                    #expect(markdown.contains("- \(MarkdownReport.inline(origin.name)) (reliability "))
                }
                for evidence in item.evidence {
                    #expect(markdown.contains(MarkdownReport.inline(evidence.article.title)))
                }
            }
            for reference in section.shownAbove {
                #expect(markdown.contains("- Claim \(reference.id): "))
            }
        }
    }

    @Test("the spread is a nested list: origin, intermediaries, then articles")
    func spreadAsText() throws {
        let article = ReportArticle(id: 1, title: "T", outlet: "Fox News", url: nil, published: "2020-09-13")
        let mention = Mention(
            id: 1, claimID: 1, articleID: 1, start: 0, end: 1, exact: "x", prefix: "", suffix: "", speaker: "officials",
            speakerSourceID: nil, speakerKind: nil, speakerStart: nil, speakerEnd: nil, via: ["Blog", "Politico"],
            stance: .asserts, hedged: false, cue: nil, cueStart: nil, cueEnd: nil, rule: "t", origin: "Politico",
            originSourceID: nil, originRule: "t")
        let spread = SpreadGraph(
            origins: [ClaimOrigin(name: "Politico", sourceID: nil, firstPublished: nil, mentionIDs: [1])],
            mentions: [mention], articles: [1: article])
        let claim = Claim(
            id: 7, text: "A claim", articleCount: 1, mentionCount: 1, originCount: 1, circular: false, contested: false,
            unsourced: false, credibility: 3, firstSeen: "2020-09-13")
        let item = ReportClaim(
            claim: claim, grade: ReportGrade(claim: claim, originReliabilities: ["F"]), origins: [], spread: spread,
            evidence: [], evidenceLeftOut: 0)
        let content = ReportContent(
            summary: ReportSummary(
                articles: 1, sources: 1, claims: 1, circular: 0, contested: 0, corroborated: 0, unsourced: 0),
            narrowing: ["claims 7"], sections: [ReportSection(kind: .selected, claims: [item], shownAbove: [])])
        var markdown = ""
        MarkdownReport().write(content, to: &markdown)
        #expect(markdown.contains("- Politico\n  - via Blog\n    - Fox News, 2020-09-13\n"))
        #expect(markdown.contains("narrowed to claims 7"))
        #expect(markdown.contains("**F3 — single origin: 1 article, 1 origin.** First seen 2020-09-13."))
    }

    @Test("article text cannot become Markdown markup, and link targets cannot break out")
    func escaping() {
        #expect(MarkdownReport.inline("<script>*x* & [y](z)\n#") == "\\<script\\>\\*x\\* \\& \\[y\\](z) \\#")
        #expect(MarkdownReport.destination("https://a.example/x y>z") == "https://a.example/x%20y%3Ez")
        let article = ReportArticle(
            id: 1, title: "A [title]", outlet: "Out_let", url: "https://a.example/<x>", published: "2025-03-04")
        #expect(
            MarkdownReport.source(article)
                == "[A \\[title\\]](<https://a.example/%3Cx%3E>), Out\\_let, 2025-03-04")
    }
}
