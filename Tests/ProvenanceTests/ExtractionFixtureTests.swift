import Testing

@testable import Provenance

/// Composed sentences covering each attribution form and the usual traps.
@Suite struct ExtractionFixtureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        /// nil: own voice; "-": no mention at all.
        var speaker: String?
        var kind: SourceKind? = nil
        var via: [String] = []
        var stance: Stance = .asserts
        var hedged: Bool? = nil
        var content: String? = nil
        var testDescription: String { String(text.prefix(60)) }
    }

    static let cases: [Case] = [
        Case(
            text: "The Iranian embassy in Pretoria is involved in the plot, the US government official said.",
            speaker: "the US government official", kind: .anonymous,
            content: "The Iranian embassy in Pretoria is involved in the plot"),
        Case(text: "Iran is weighing a plot against the envoy, said Trump.", speaker: "Trump", kind: .person),
        Case(
            text: "The base was hit by at least 11 missiles, Politico reported on Sunday.", speaker: "Politico",
            kind: .outlet,
            content: "The base was hit by at least 11 missiles"),
        Case(
            text: "The Pentagon said that 34 troops were diagnosed with brain injuries.", speaker: "The Pentagon",
            kind: .organization, content: "34 troops were diagnosed with brain injuries"),
        Case(
            text: "According to the ministry, the talks will resume next week in Geneva.", speaker: "the ministry",
            kind: .organization, content: "the talks will resume next week in Geneva"),
        Case(
            text: "The talks will resume next week in Geneva, according to Reuters.", speaker: "Reuters", kind: .outlet),
        Case(
            text: "Citing two diplomats, Reuters reported that the talks had collapsed on Friday.",
            speaker: "two diplomats",
            kind: .anonymous, via: ["Reuters"], content: "the talks had collapsed on Friday"),
        Case(
            text: "The embassy was involved in the plot, two officials told Politico.", speaker: "two officials",
            kind: .anonymous, via: ["Politico"]),
        Case(
            text: "A US official told reporters that the drone was shot down over the gulf.", speaker: "A US official",
            kind: .anonymous, content: "the drone was shot down over the gulf"),
        Case(
            text:
                "Iran is plotting to kill the envoy, according to a report by Politico, citing intelligence papers seen by US officials.",
            speaker: "intelligence papers seen by US officials", kind: .document, via: ["Politico"]),
        Case(
            text: "Moscow has moved troops to the border, a Politico report said.", speaker: "Politico", kind: .outlet),
        Case(
            text: "Gen. Kenneth McKenzie, the head of US Central Command, said the strike was a deliberate attack.",
            speaker: "Gen. Kenneth McKenzie", kind: .person),
        Case(
            text: "Iran's foreign ministry denied that it was plotting against the ambassador.",
            speaker: "Iran's foreign ministry", kind: .organization, stance: .denies,
            content: "it was plotting against the ambassador"),
        Case(
            text: "The government dismissed the report of a plot as baseless propaganda.", speaker: "The government",
            kind: .organization, stance: .denies),
        Case(
            text: "There is no evidence that the missiles were fired from Iraqi territory.", speaker: nil,
            stance: .disputes),
        Case(
            text: "Iran is reportedly considering an attack on the embassy in the capital.", speaker: nil, hedged: true),
        Case(
            text: "The minister is said to be furious about the decision to close the port.", speaker: nil, hedged: true
        ),
        Case(text: "Port chief said to be furious over closure of the harbour", speaker: nil, hedged: true),
        Case(text: "Trump told the generals to prepare a list of targets in the region.", speaker: nil, hedged: false),
        // "told X" with no "that": the clause starts at "the"/"it" before a finite verb.
        Case(
            text: "Two port officials told Reuters the ferry will stop running on Friday.",
            speaker: "Two port officials", kind: .anonymous, via: ["Reuters"],
            content: "the ferry will stop running on Friday"),
        Case(
            text: "The mayor told the Harbor Ledger the bridge would close for repairs next week.",
            speaker: "The mayor", kind: .person, via: ["Harbor Ledger"],
            content: "the bridge would close for repairs next week"),
        Case(
            text: "A ministry spokesman told reporters it had no comment on the report.",
            speaker: "A ministry spokesman", kind: .anonymous, content: "it had no comment on the report"),
        // Told a story, not that something is so.
        Case(text: "She told Reuters the story of her escape from the burning building.", speaker: nil),
        Case(
            text: "“We will respond with force,” the general said on Monday.", speaker: "the general",
            content: "We will respond with force"),
        Case(
            text: "“He said nothing about the missiles,” the aide explained to reporters.", speaker: "the aide",
            kind: .anonymous),
        Case(
            text: "The report said there were no casualties among the troops.", speaker: "The report", kind: .document,
            stance: .denies),
        Case(text: "The score stood at 3-1: a comfortable lead for the home side by halftime.", speaker: nil),
        Case(text: "Why did Iran choose South Africa for the plot?", speaker: "-"),
        Case(text: "By John Smith", speaker: "-"),
        Case(text: "Click here to subscribe to our newsletter today.", speaker: "-"),
        Case(text: "Lana Marks Wikimedia Commons", speaker: "-"),
        Case(
            text: "The U.S. Army said Friday that 64 soldiers had been treated in Germany.", speaker: "The U.S. Army",
            kind: .organization, content: "64 soldiers had been treated in Germany"),
        Case(
            text: "Lt. Col. Thomas Campbell said the numbers could change as more troops are screened.",
            speaker: "Lt. Col. Thomas Campbell", kind: .person, hedged: true),
        Case(
            text: "Officials believe the attack was planned months in advance by the militia.", speaker: "Officials",
            kind: .anonymous),
        Case(text: "The missile struck at 1.30 a.m. local time, damaging two hangars at the base.", speaker: nil),
        Case(
            text: "Sources familiar with the matter said the deal was signed in Sept. last year.",
            speaker: "Sources familiar with the matter", kind: .anonymous),
        Case(
            text: "The strike killed 176 people on board, the Ukrainian government confirmed.",
            speaker: "the Ukrainian government", kind: .organization),
        Case(
            text: "Israel carried out the raid, Fox News reported, citing two US officials.",
            speaker: "two US officials",
            kind: .anonymous, via: ["Fox News"], content: "Israel carried out the raid"),
        Case(
            text: "The death toll has risen to 80, Iranian state television said.", speaker: "Iranian state television",
            kind: .outlet),
        Case(text: "Several people were injured in the blast, police said.", speaker: "police", kind: .organization),
        Case(text: "He said the attack was a warning to Washington and its allies.", speaker: "He", kind: .unknown),
        Case(
            text: "Analysts warned that the sanctions could cripple the economy within months.", speaker: "Analysts",
            kind: .anonymous, hedged: true),
        Case(
            text: "The ministry insisted that the shipment contained only medical supplies.", speaker: "The ministry",
            kind: .organization),
        Case(
            text: "The United Nations acknowledged that aid deliveries had been delayed for weeks.",
            speaker: "The United Nations", kind: .organization),
        Case(
            text: "The agency claimed that the vessel had entered its territorial waters.", speaker: "The agency",
            kind: .organization),
        Case(
            text: "The claims were rejected by the government as fabrications by its enemies.",
            speaker: "the government", kind: .organization, stance: .denies),
        Case(
            text: "The death toll of 31 was later confirmed by the health ministry.", speaker: "the health ministry",
            kind: .organization, content: "The death toll of 31"),
        Case(text: "The cause of the blaze has not been confirmed by investigators.", speaker: nil),
        Case(
            text: "Trump wrote on Twitter that any attack would be met with overwhelming force.", speaker: "Trump",
            kind: .person, via: ["Twitter"], content: "any attack would be met with overwhelming force"),
        Case(text: "The crisis deepened in Jan. 2020 when missiles struck two bases in Iraq.", speaker: nil),
        Case(
            text: "The intelligence has become more specific in recent weeks, the officials noted.",
            speaker: "the officials", kind: .anonymous),
        Case(
            text: "The plan, officials said, was approved by the council in March.", speaker: "officials",
            kind: .anonymous, content: "The plan was approved by the council in March"),
        Case(
            text: "Tehran has denied any involvement in the attack on the tanker.", speaker: "Tehran",
            kind: .organization, stance: .denies),
        Case(text: "The embassy in Pretoria is allegedly involved in the plot.", speaker: nil, hedged: true),
        Case(
            text: "U.S. officials say they have been aware of the threat since the spring.", speaker: "U.S. officials",
            kind: .anonymous, content: "they have been aware of the threat since the spring"),
        Case(
            text: "Insiders told Fox News that the intelligence community is taking the threat seriously.",
            speaker: "Insiders", kind: .anonymous, via: ["Fox News"]),
        Case(
            text:
                "“We only became aware of this report this morning,” Lunga Ngqengelele said by phone on Monday, Bloomberg reported.",
            speaker: "Lunga Ngqengelele", kind: .person, via: ["Bloomberg"]),
        Case(
            text:
                "The Iranian government is considering the attack, US intelligence reports say, according to a US government official.",
            speaker: "a US government official", kind: .anonymous,
            content: "The Iranian government is considering the attack"),
        Case(text: "The Pentagon has no reported casualties to announce at this time.", speaker: nil),
    ]

    static func extract(_ text: String, headline: Bool = false) -> ArticleExtraction {
        let r = 0..<text.utf8.count
        let a = ParsedArticle(
            path: "t.txt", sha256: "", text: text, title: nil, outlet: nil, url: nil, published: nil,
            regions: [r], headline: headline ? r : nil)
        return MentionExtractor().extract(from: a)
    }

    @Test(arguments: cases)
    func sentence(_ c: Case) {
        let result = Self.extract(c.text)
        if c.speaker == "-" {
            #expect(result.mentions.isEmpty)
            return
        }
        guard let m = result.mentions.first else {
            Issue.record("no mention")
            return
        }
        #expect(m.speaker == c.speaker)
        if let k = c.kind { #expect(m.speakerKind == k) }
        #expect(m.via == c.via)
        #expect(m.stance == c.stance)
        if let h = c.hedged { #expect(m.hedged == h) }
        if let content = c.content { #expect(m.content == content) }
        let bytes = Array(c.text.utf8)
        #expect(m.span.upperBound <= bytes.count)
        #expect(String(decoding: bytes[m.span], as: UTF8.self) == m.content || m.span == 0..<m.span.upperBound)
    }

    @Test func headlineColonNamesTheSpeaker() {
        let m = Self.extract("Iran considering plot against US envoy: Pretoria official", headline: true).mentions
        #expect(m.first?.speaker == "Pretoria official")
        #expect(m.first?.content == "Iran considering plot against US envoy")
        #expect(m.first?.rule == "colon-headline")
        #expect(Self.extract("Why Lana Marks?", headline: true).mentions.isEmpty)
    }

    @Test func secondSpeakerEndsTheReportedContent() {
        let m = Self.extract(
            "The senator said the bridge was unsafe for heavy trucks, and the transport agency said it had seen no such report."
        ).mentions
        #expect(m.first?.content == "the bridge was unsafe for heavy trucks")
    }

    @Test func articleNamesTheOutletThatBrokeTheStory() {
        #expect(Self.extract("The Ledger first broke this story on Sunday.").scoop == "The Ledger")
        #expect(
            Self.extract("Reuters was the first to report that the plant would close.").scoop == "Reuters")
        #expect(Self.extract("The plant will close, officials said.").scoop == nil)
    }

    @Test func denialAlsoAssertsTheDenialEvent() {
        let m = Self.extract("Iran's foreign ministry dismissed the report of a plot against the envoy.").mentions
        #expect(m.map(\.stance) == [.denies, .asserts])
        #expect(m.last?.rule == "denial-event")
        #expect(m.first?.content == "a plot against the envoy")
    }

    @Test func pronounTakesThePrecedingPerson() {
        let m = Self.extract("Esper said the base was safe from attack. He said the troops would return home soon.")
            .mentions
        #expect(m.count == 2)
        #expect(m.last?.speaker == "Esper")
        #expect(m.last?.speakerKind == .person)
    }

    @Test func pronounPassesOverAPersonItCannotMean() {
        // A given name, a title and an earlier "her" each show whom "he" or "she" cannot mean.
        let named = Self.extract(
            "Greta Hahn said the depot had closed. Bill Norr said the trucks had left. She said the staff were paid."
        ).mentions
        #expect(named.last?.speaker == "Greta Hahn")
        let titled = Self.extract("Queen Orla Varga opened the school on Monday. He said the roof was new.").mentions
        #expect(titled.last?.speaker == "He")
        #expect(titled.last?.speakerKind == .unknown)
        let learned = Self.extract(
            "Brisco said the mill was sold. Her lawyers filed the papers on Friday. He said the price was fair."
        ).mentions
        #expect(learned.last?.speaker == "He")
        #expect(learned.last?.speakerKind == .unknown)
    }

    @Test func theyMeansAGroupNotOnePerson() {
        let m = Self.extract(
            "Three nurses said the ward was full. A spokesman for the hospital said beds were free. They said the "
                + "shifts were too long."
        ).mentions
        #expect(m.last?.speaker == "Three nurses")
    }

    @Test func quoteSentenceTakesTheParagraphSpeaker() {
        let m = Self.extract("“We will not stop until the job is done. The threat is real and growing,” Hoffman said.")
            .mentions
        #expect(m.count == 2)
        #expect(m.first?.speaker == "Hoffman")
        #expect(m.first?.rule == "quote-paragraph")
    }

    @Test func creditGivesOwnVoiceItsVia() {
        let text =
            "Iran is plotting to kill the ambassador in Pretoria.\nPolitico reported on Sunday that the embassy is involved.\n"
        let a = MentionExtractor.plainArticle(path: "t.txt", text: text)
        let r = MentionExtractor().extract(from: a)
        #expect(r.credits == ["Politico"])
        #expect(r.mentions.first?.speaker == nil)
        #expect(r.mentions.first?.via == ["Politico"])
    }

    @Test func datelineWireIsVia() {
        let text = "WASHINGTON (AP) — The Pentagon said Friday that 34 troops were diagnosed with brain injuries.\n"
        let r = MentionExtractor().extract(from: MentionExtractor.plainArticle(path: "t.txt", text: text))
        #expect(r.mentions.first?.speaker == "The Pentagon")
        #expect(r.mentions.first?.via == ["AP"])
    }

    @Test(arguments: [
        ("Gen. Smith arrived in the U.S. on Monday. He left on Sept. 3 for Baghdad.", 2),
        ("The rate rose 1.5 percent. J. Smith said it was a record for the period.", 2),
        ("“It is over.” The crowd went home after the final whistle.", 2),
        ("Is it over? Nobody knows what happens next in the talks.", 2),
        ("Mr. Jones met Dr. Brown at St. Paul's Cathedral in London.", 1),
    ])
    func sentenceSplitting(_ text: String, _ expected: Int) {
        var copy = text
        let n = copy.withUTF8 { p in
            var out: [Range<Int>] = []
            MentionExtractor.SentenceSplitter.split(p, 0..<p.count, into: &out)
            return out.count
        }
        #expect(n == expected)
    }
}

extension ExtractionFixtureTests {
    /// The tokenizer folds the hash in while scanning; it must agree with `ByteText.hash`.
    @Test func tokenHashesMatchTheLexiconHash() {
        var text = "Iran’s U.S.-backed 1,000 Gen. élan don't “quoted” café—x"
        text.withUTF8 { p in
            var tokens: [MentionExtractor.Token] = []
            MentionExtractor.Tokenizer.tokenize(p, 0..<p.count, inQuote: false, into: &tokens)
            for t in tokens where t.isWord {
                var core = t.end
                if p[core - 1] == 0x2E { core -= 1 }
                #expect(t.hash == MentionExtractor.ByteText.hash(p, t.start, core))
            }
        }
    }
}

extension ExtractionFixtureTests {
    @Test func attributionSentenceAfterAnExclamationQuote() {
        let m = Self.extract(
            "“Any attack on us will be met with overwhelming force!” Mr Trump tweeted on Monday evening."
        ).mentions
        #expect(m.count == 1)
        #expect(m.first?.speaker == "Mr Trump")
        #expect(m.first?.rule == "quote-paragraph")
    }

    @Test func accordingToWithTheCommaInsideAQuote() {
        let m = Self.extract(
            "According to a rule known as the “Duty to Warn,” agencies must warn people at risk of harm."
        ).mentions
        #expect(m.first?.speaker == "a rule known as the “Duty to Warn")
        #expect(m.first?.content == "agencies must warn people at risk of harm")
    }

    @Test func quotedStatementRelayedByAnOutlet() {
        let m = Self.extract(
            "“A source in the guards said 80 soldiers were killed in the strikes,” Mehr News reported on Wednesday."
        ).mentions
        #expect(m.first?.speaker == "A source in the guards")
        #expect(m.first?.via == ["Mehr News"])
        #expect(m.first?.content == "80 soldiers were killed in the strikes")
    }
}
