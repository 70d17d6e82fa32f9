import Testing

@testable import Provenance

/// Small invented articles with the quirks of scraped news pages.
@Suite("Import: regions, headline and page furniture")
struct ImportRegionTests {
    func read(_ text: String) throws -> ParsedArticle {
        try ArticleReader().read(bytes: Array(text.utf8), displayPath: "x.txt", metadata: MetadataOverrides())
    }

    @Test("bare text: a headline-like first line is the title and the headline")
    func bareHeadline() throws {
        let article = try read("Bridge Reopens After Repairs\n\nThe bridge reopened on Monday, the council said.\n")
        #expect(article.title == "Bridge Reopens After Repairs")
        #expect(article.headline == 0..<28)
        #expect(article.regions == [0..<28, 30..<78])
    }

    @Test(
        "a first line that does not read as a headline gives no title",
        arguments: [
            "The bridge reopened on Monday, the council said.",  // a sentence
            "the bridge reopened on monday",  // starts in lowercase
            "September 14, 2020",  // a dateline
            "By Jane Doe and John Roe",  // a byline
            "Of those injured:",  // an introduction
        ])
    func notAHeadline(firstLine: String) throws {
        let article = try read(firstLine + "\n\nThe repairs took nine months and cost $4 million, officials said.\n")
        #expect(article.title == nil)
        #expect(article.headline == nil)
    }

    @Test("front matter title: the body line repeating it is the headline; later copies are dropped")
    func repeatedHeadline() throws {
        let article = try read(
            """
            ---
            title: "Harbour Closes as Storm Nears"
            ---

            Skip to content
            Harbour closes as storm nears
            The harbour closed on Tuesday as the storm approached, officials said.
            Harbour Closes as Storm Nears
            Ships were told to stay in port until Friday.
            """)
        #expect(article.headlineText == "Harbour closes as storm nears")
        #expect(
            article.regionTexts == [
                "Harbour closes as storm nears",
                "The harbour closed on Tuesday as the storm approached, officials said.",
                "Ships were told to stay in port until Friday.",
            ])
    }

    @Test("a Markdown '# ' heading is a headline without its marker")
    func markdownHeading() throws {
        let article = try read(
            "---\ntitle: Dam Report Released\n---\n# Dam Report Released\n\nThe report was released today.\n")
        #expect(article.headlineText == "Dam Report Released")
    }

    @Test("share buttons, comment forms and view counters are not regions")
    func furniture() throws {
        let article = try read(
            """
            Council Approves Budget

            Share this:
            Facebook
            Tweet
            Email
            The council approved the budget on Monday by seven votes to two.
            Advertisement
            Views: 1,204
            The mayor said the vote was "a good day for the town."
            Copyright © 2024 Example Gazette. All rights reserved.
            Leave a Reply
            Your email address will not be published. Required fields are marked *
            Comment
            Name *
            Email *
            Website
            Save my name, email, and website in this browser for the next time I comment.
            """)
        #expect(
            article.regionTexts == [
                "Council Approves Budget", "The council approved the budget on Monday by seven votes to two.",
                "The mayor said the vote was \"a good day for the town.\"",
            ])
    }

    @Test(
        "a tail marker ends the article, with everything after it",
        arguments: [
            "You May Also Like", "Related posts:", "Related Stories", "Related Articles", "More from Politics",
            "Recommended", "About The Author:", "Share this post:", "Leave a Reply",
        ])
    func tailMarkers(marker: String) throws {
        let body = [
            "The mine reopened on Friday after a two-week strike over pay and conditions.",
            "About 1,200 workers returned for the morning shift, the company said in a statement.",
        ]
        let article = try read(
            "Mine Reopens\n\n\(body.joined(separator: "\n\n"))\n\n\(marker)\n\nUnrelated Story Headline Here\n\nA celebrity was seen at a restaurant, a magazine said.\n"
        )
        #expect(article.regionTexts == ["Mine Reopens"] + body)
    }

    @Test("inline link labels ('Read more:', 'Related:') drop their line only")
    func inlineLinks() throws {
        let article = try read(
            "Mine Reopens\n\nThe mine reopened on Friday.\nRead more: Strike ends at second mine\nRelated: Union leader resigns\nRELATED Mine owner fined\nWorkers returned on Saturday, the union said.\n"
        )
        #expect(
            article.regionTexts == [
                "Mine Reopens", "The mine reopened on Friday.", "Workers returned on Saturday, the union said.",
            ])
    }

    @Test(
        "photo captions and credits are not regions",
        arguments: [
            "Jane Doe",
            "Jane Doe Wikimedia Commons",
            "Flood waters rose over the old stone bridge near the town centre on Monday morning (AFP/File photo)",
            "Rescue teams search the rubble of the collapsed school building in the north of the city [Getty]",
            "Rescue teams search the rubble of the collapsed school building in the north, March 3. Jo Roe, Reuters/File",
            "The mayor, pictured, said the town would rebuild the school before the start of the next term",
            "In this file photo taken in May, the mayor speaks to reporters outside the town hall after the vote",
            "Photo: Jane Doe",
            "Image caption The mayor visited the site",
            "Flood waters rose over the bridge (Getty Images)",
            "Flood waters rose over the bridge. AFP via Getty Images",
        ])
    func captions(caption: String) throws {
        let article = try read(
            "Flood Hits Town\n\nFlood waters rose on Monday, officials said.\n\n\(caption)\n\nThe town hall was closed.\n"
        )
        #expect(
            article.regionTexts == [
                "Flood Hits Town", "Flood waters rose on Monday, officials said.", "The town hall was closed.",
            ])
    }

    @Test("a caption printed twice is dropped; a repeated paragraph keeps its first copy")
    func repeats() throws {
        let caption = "The minister speaks to reporters outside parliament in the capital on Tuesday evening"
        let article = try read(
            "Minister Resigns\n\n\(caption)\n\(caption)\nThe minister resigned on Tuesday.\nShe gave no reason.\nThe minister resigned on Tuesday.\n"
        )
        #expect(
            article.regionTexts == ["Minister Resigns", "The minister resigned on Tuesday.", "She gave no reason."])
    }

    @Test("a sentence broken where a hyperlink was dropped keeps all its pieces")
    func brokenSentences() throws {
        let article = try read(
            "Minister Resigns\n\nThe minister, 61, was\n\nas finance minister in 2019 and has been a\n\nof the ruling party since 2001.\nShort Section Heading\nShe gave no reason.\n"
        )
        #expect(
            article.regionTexts == [
                "Minister Resigns", "The minister, 61, was", "as finance minister in 2019 and has been a",
                "of the ruling party since 2001.", "She gave no reason.",
            ])
    }

    @Test("list items are kept, without their bullets; datelines and keyword lists are not")
    func listsAndDatelines() throws {
        let article = try read(
            """
            Storm Damage Tallied
            March 3, 2024 - 4:54 pm
            Officials gave these figures:
              • 76 homes were damaged;
              • 12 roads are closed
            - Example Times - Friday, March 3, 2024
            storm, flood, damage, town, council, roads, homes
            """)
        #expect(
            article.regionTexts == [
                "Storm Damage Tallied", "Officials gave these figures:", "76 homes were damaged;",
                "12 roads are closed",
            ])
        #expect(article.published == "2024-03-03")
    }

    @Test("regions are trimmed of no-break and other Unicode spaces")
    func unicodeSpaces() throws {
        let article = try read("Quake Strikes\n\n\u{00A0}A quake struck at dawn, the agency said.\u{00A0} \u{2009}\n")
        #expect(article.regionTexts.last == "A quake struck at dawn, the agency said.")
    }
}

extension ImportRegionTests {
    @Test("a 'Related stories' box early in the page drops its links, not the article after it")
    func earlyRelatedBox() throws {
        let article = try read(
            """
            Port Strike Ends
            Dock workers returned to work on Monday after a ten-day strike, the union said.
            Related Stories
            Strike Spreads to Second Port
            Union Leader Meets Minister
            The agreement raises pay by 4% this year and 3% next year, according to the port authority.
            Ships that had waited offshore began to unload on Monday afternoon, the authority said.
            Talks on pensions will resume in March, both sides said in a joint statement on Sunday.
            """)
        #expect(
            article.regionTexts == [
                "Port Strike Ends", "Dock workers returned to work on Monday after a ten-day strike, the union said.",
                "The agreement raises pay by 4% this year and 3% next year, according to the port authority.",
                "Ships that had waited offshore began to unload on Monday afternoon, the authority said.",
                "Talks on pensions will resume in March, both sides said in a joint statement on Sunday.",
            ])
    }

    @Test("an empty file, or front matter alone, has no regions")
    func empty() throws {
        #expect(try read("").regions.isEmpty)
        #expect(try read("---\ntitle: Only Metadata\n---\n").regions.isEmpty)
    }
}

extension ImportRegionTests {
    @Test("a body headline that edits the front matter title a little is still the headline")
    func nearlyTheTitle() throws {
        let article = try read(
            """
            ---
            title: "Harbour closes as storm nears coast"
            ---
            Live Now
            Harbour closes as storm nears the coast: officials
            The harbour closed on Tuesday, officials said.
            """)
        #expect(article.title == "Harbour closes as storm nears coast")
        #expect(article.headlineText == "Harbour closes as storm nears the coast: officials")
    }
}
