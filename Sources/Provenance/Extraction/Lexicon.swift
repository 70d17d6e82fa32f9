/// The English words extraction recognises, grouped by what they signal.
///
/// Every word is stored as its lowercase hash (`ByteText.hash`), so a lookup is
/// one dictionary probe per token. Lists are general to English news, never
/// tuned to particular articles.
extension MentionExtractor {
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt64
        /// A reporting verb usable for attribution: "said", "told", "reported".
        static let cue = WordClass(rawValue: 1 << 0)
        /// A cue that is also a common noun or adjective ("reports", "claims",
        /// "alleged"); it counts in front position only before "that".
        static let cueNeedsThat = WordClass(rawValue: 1 << 1)
        static let told = WordClass(rawValue: 1 << 2)
        static let deny = WordClass(rawValue: 1 << 3)
        static let dispute = WordClass(rawValue: 1 << 4)
        static let hedge = WordClass(rawValue: 1 << 5)
        static let be = WordClass(rawValue: 1 << 6)
        static let determiner = WordClass(rawValue: 1 << 7)
        static let pronoun = WordClass(rawValue: 1 << 8)
        static let title = WordClass(rawValue: 1 << 9)
        /// Words that may stand between a subject and its cue: "has", "initially", "on".
        static let between = WordClass(rawValue: 1 << 10)
        static let temporal = WordClass(rawValue: 1 << 11)
        static let preposition = WordClass(rawValue: 1 << 12)
        static let anonymous = WordClass(rawValue: 1 << 13)
        static let organization = WordClass(rawValue: 1 << 14)
        static let document = WordClass(rawValue: 1 << 15)
        static let outlet = WordClass(rawValue: 1 << 16)
        static let outletSuffix = WordClass(rawValue: 1 << 17)
        static let place = WordClass(rawValue: 1 << 18)
        /// Words that open an introductory phrase before the subject: "Despite", "On", "Last".
        static let intro = WordClass(rawValue: 1 << 19)
        /// Finite verbs that show a word sequence is a clause, not a noun phrase.
        static let clauseVerb = WordClass(rawValue: 1 << 20)
        static let audience = WordClass(rawValue: 1 << 21)
        static let that = WordClass(rawValue: 1 << 22)
        static let according = WordClass(rawValue: 1 << 23)
        static let citing = WordClass(rawValue: 1 << 24)
        static let passiveCue = WordClass(rawValue: 1 << 25)
        static let furniture = WordClass(rawValue: 1 << 26)
        static let relative = WordClass(rawValue: 1 << 27)
        /// Abbreviations whose period does not end a sentence: "Gen.", "Sept.".
        static let abbreviation = WordClass(rawValue: 1 << 28)
        /// Words that start a stance phrase: "baseless", "not true", "no evidence", "cast doubt", "despite".
        static let stanceWord = WordClass(rawValue: 1 << 29)
        /// A generic reference to a news organisation: "the news website", "the newspaper".
        static let outletReference = WordClass(rawValue: 1 << 30)
        /// Sentence adverbs and conjunctions that open a sentence before its subject.
        static let opener = WordClass(rawValue: 1 << 31)
        /// A post held by one person ("the minister", "the ship's captain"): an
        /// unnamed holder of it is still a person, not an anonymous source.
        static let role = WordClass(rawValue: 1 << 32)
        /// Quantifiers and indefinite articles: a speaker they open ("a worker",
        /// "two engineers", "one of the officials") is unnamed.
        static let indefinite = WordClass(rawValue: 1 << 33)
        /// Past participles that end a noun's head ("figures released on Friday").
        static let participle = WordClass(rawValue: 1 << 34)
        /// Where a statement was published ("tweeted", "on Facebook"): its channel.
        static let channel = WordClass(rawValue: 1 << 35)
        /// Adjectives that call a statement untrue ("completely false", "unfounded").
        static let untrue = WordClass(rawValue: 1 << 36)
        /// Verbs of an impersonal frame that hedge what follows ("it is understood that").
        static let hedgingFrame = WordClass(rawValue: 1 << 37)
        /// First-person words that mark the writer's own opinion outside a quotation.
        static let firstPerson = WordClass(rawValue: 1 << 38)
        /// Modals of recommendation ("should", "ought"): own-voice opinion, not a checkable fact.
        static let recommend = WordClass(rawValue: 1 << 39)
        /// Participles that report what the subject said: "…, saying that", "confirming that".
        static let reportingParticiple = WordClass(rawValue: 1 << 40)
        /// "from", which opens a change of figures ("from 34 to 50").
        static let from = WordClass(rawValue: 1 << 41)
        /// Pronouns that show a man or a woman is meant ("his statement", "she added").
        static let masculine = WordClass(rawValue: 1 << 42)
        static let feminine = WordClass(rawValue: 1 << 43)
        /// Reporting and stance verbs whose passive names its speaker after "by" ("confirmed by the Pentagon").
        static let agentCue = WordClass(rawValue: 1 << 44)
        /// Verbs that report only after their content: "“…,” he continued." ("He continued to
        /// campaign" reports nothing).
        static let tailCue = WordClass(rawValue: 1 << 45)
        /// "called" and "described": the speaker's verdict on something named right after
        /// ("Ruiz called the plan “reckless”"), a report in front position only, and never before
        /// the particle of another verb ("called for", "called off") or in a name ("a group called X").
        static let namingCue = WordClass(rawValue: 1 << 46)
    }

    enum Lexicon {
        static let table: [UInt64: WordClass] = {
            var t: [UInt64: WordClass] = [:]
            func add(_ cls: WordClass, _ words: String) {
                for w in words.split(separator: " ") { t[ByteText.hash(String(w)), default: []].insert(cls) }
            }
            add(
                .cue,
                """
                said says say told tells reported stated noted added adds believe believes warned warns \
                tweeted tweets announced announces confirmed confirms claimed alleges insisted insists \
                acknowledged acknowledges wrote writes explained explains revealed declared declares argued argues \
                admitted conceded disclosed stressed asserted maintained testified emphasized emphasised \
                reports claims notes states alleged reveals report replied responded \
                assesses assessed found finds show shows showed concluded concludes estimated estimates \
                indicated indicates suggested suggests predicted predicts
                """)
            // Reporting verbs in every tense a news sentence uses them, and verbs of belief,
            // expectation and commitment, which attribute what follows to their subject as much
            // as "said" does ("officials believe the ship sank", "she vowed the plant would reopen").
            add(
                .cue,
                """
                say add admit admits testify testifies explain argue insist insisted acknowledge \
                announce warn predict suggest indicate indicated indicates contend contends contended \
                think thinks believed believes hope hopes hoped expect expects fear fears feared \
                know knows knew recall recalls recalled agree agrees agreed complain complains complained \
                concede concedes boast boasts boasted vow vows vowed pledge pledges pledged promise promises \
                promised reiterate reiterates reiterated remarked observed countered cautioned mentioned \
                emphasizes emphasises stresses asserts maintains maintain conclude assured assures \
                estimate projects projected speculated speculates recounted recounts worried worries \
                cautions warned hinted hints clarified clarifies accused accuses blamed blames ruled \
                determined
                """)
            // Nouns as often as verbs ("a show", "a project", "his thought"): in front of their
            // content only with "that".
            add(.cueNeedsThat, "show thought posted project estimate")
            add(
                .cueNeedsThat,
                """
                reports claims notes states alleged reveals report assesses assessed found finds show shows \
                showed concluded concludes estimates ruled determined
                """)
            add(.told, "told tells")
            add(.tailCue, "continued continues quipped joked laughed offered")
            add(.namingCue, "called calls described describes branded brands labeled labelled")
            add(.deny, "denied denies deny rejected rejects reject dismissed dismisses refuted refutes rebuffed")
            add(
                .dispute,
                "disputed disputes questioned contradicted contradicts doubted disagreed disagrees challenged challenges"
            )
            add(
                .hedge,
                """
                reportedly allegedly alleged may might could purportedly apparently supposedly possibly \
                presumably ostensibly
                """)
            add(.be, "is are was were be been being")
            add(
                .passiveCue,
                "said reported believed thought alleged understood rumored rumoured expected known claimed told")
            add(
                .determiner,
                """
                the a an this these those some several many two three four five six seven eight nine ten \
                one another both all most other few senior top unnamed anonymous his her their its
                """)
            add(.pronoun, "he she they it we i you")
            add(.masculine, "he him his himself")
            add(.feminine, "she her hers herself")
            add(
                .agentCue,
                """
                said reported confirmed announced revealed disclosed stated claimed alleged acknowledged predicted \
                estimated denied rejected dismissed refuted rebuffed disputed questioned contradicted doubted
                """)
            add(
                .title,
                """
                president gen general lt col capt maj adm sgt dr mr mrs ms secretary minister spokesman \
                spokeswoman spokesperson sen senator rep gov ambassador director chief commander press former \
                army navy marine prime deputy vice foreign defense defence state lieutenant colonel major \
                admiral sergeant captain professor analyst correspondent reporter king queen prince ayatollah \
                supreme leader chairman chair ceo head mayor governor sir lord dame princess duke duchess baron baroness
                """)
            add(
                .between,
                """
                has have had also initially previously later first then again earlier recently publicly \
                separately quickly further repeatedly subsequently already himself herself itself themselves \
                moved to has had on in last this week yesterday today tonight reportedly originally once \
                similarly likewise privately officially formally flatly strongly allegedly now was is were are quick
                """)
            add(
                .temporal,
                """
                monday tuesday wednesday thursday friday saturday sunday yesterday today tonight week month year \
                earlier later last this morning evening afternoon night january february march april may june july \
                august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
                """)
            add(
                .preposition,
                "on in at by to during after before from with for of via through over amid while into outside inside near"
            )
            add(
                .anonymous,
                """
                official officials source sources people person insider insiders diplomat diplomats aide aides \
                analyst analysts expert experts someone witness witnesses resident residents officers officer \
                spokesman spokeswoman spokesperson lawmakers observers investigators authorities staffers \
                staffer member members individuals individual chiefs worker workers employee employees \
                engineers scientists researchers economists meteorologists prosecutors auditors inspectors \
                doctors nurses students parents teachers farmers passengers locals villagers survivors \
                relatives colleagues activists campaigners critics supporters opponents protesters voters \
                neighbours neighbors eyewitness eyewitnesses whistleblower owner owners daughter son wife \
                husband mother father brother sister family
                """)
            add(
                .organization,
                """
                ministry department pentagon command centcom government embassy agency military army navy \
                marines corps administration house office council committee commission court police forces \
                force guard guards kremlin parliament congress senate cabinet regime nato un irgc cia fbi nsa \
                dod dirco ministries state republic company university institute service services union \
                party bureau directorate mission nations authority airline airlines bank utility operator \
                regulator firm association club league federation holdings associates hospital clinic \
                group foundation partners inc corp ltd llc plc companies manufacturer laboratory lab
                """)
            add(
                .document,
                """
                report reports statement statements papers paper documents document memo assessment letter \
                filing study analysis cable survey tally data review story article release intelligence \
                findings figures account accounts briefing comments remarks lawsuit filings records \
                audit complaint indictment ruling transcript email emails minutes poll polls surveys \
                studies research numbers results estimates projections forecast forecasts video footage
                """)
            add(
                .outlet,
                """
                politico cnn reuters ap afp bloomberg bbc axios nbc abc cbs msnbc irna tasnim fars irib mehr isna \
                xinhua tass jazeera guardian telegraph haaretz newsweek mediaite huffpost breitbart npr pbs upi \
                pti ani yonhap kyodo sputnik al-monitor arabiya al-arabiya aawsat dpa efe ansa nyt wsj presstv \
                fox bna wam sana spa interfax ria novosti kyiv
                """)
            add(
                .outletSuffix,
                """
                news times post journal press magazine television tv radio tribune herald gazette telegraph \
                chronicle daily wire observer monitor insider examiner courier dispatch weekly express media \
                ledger inquirer bulletin register digest review sentinel standard star sun mirror mail globe \
                record reporter independent statesman tribune current
                """)
            add(
                .place,
                """
                us u.s usa america american americans iran iranian iranians iraq iraqi israel israeli china chinese \
                russia russian uk britain british france french germany german tehran washington pretoria \
                baghdad europe european syria syrian saudi arabia turkey turkish south north africa african \
                islamic western eastern united states kingdom east west middle gulf arab un u.n
                """)
            add(
                .intro,
                """
                despite after in on at as since while although though when following before amid last about \
                still however meanwhile but and so yet also during with under a an earlier later by for \
                separately similarly moreover furthermore additionally instead then over according within to
                """)
            add(
                .clauseVerb,
                """
                is are was were has have had will would can could did does do may might must should shall \
                isn't aren't wasn't weren't hasn't haven't won't can't didn't doesn't
                """)
            add(.audience, "reporters journalists press media lawmakers congress him her them us me")
            add(.that, "that")
            add(.stanceWord, "baseless not no cast casting despite")
            add(.outletReference, "website outlet newspaper paper publication network broadcaster channel site")
            add(
                .opener,
                """
                but and so yet however meanwhile elsewhere still also separately instead moreover then now \
                indeed nevertheless nonetheless notably likewise furthermore additionally besides thus therefore \
                overall ultimately regardless afterward afterwards finally
                """)
            add(
                .abbreviation,
                """
                mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep rev st sr jr ft mt no vs inc corp \
                co ltd jan feb mar apr jun jul aug sep sept oct nov dec approx est dept gov't pvt spc cpl brig hon \
                pres etc al
                """)
            add(
                .role,
                """
                president general secretary minister senator governor ambassador director chief commander \
                mayor captain colonel major admiral sergeant lieutenant professor chairman chairwoman chair \
                ceo head king queen prince leader judge prosecutor coroner inspector commissioner auditor \
                premier chancellor envoy
                """)
            add(
                .indefinite,
                "a an one two three four five six seven eight nine ten several some many few unnamed anonymous")
            add(.participle, "seen released published obtained issued leaked filed prepared compiled sent")
            add(.channel, "tweet tweets tweeted twitter facebook instagram telegram tiktok youtube")
            add(
                .untrue,
                "false untrue unfounded groundless fabricated baseless misleading inaccurate incorrect erroneous")
            add(.hedgingFrame, "reported understood believed said alleged rumoured rumored thought claimed")
            add(.firstPerson, "i we my our")
            add(.recommend, "should ought")
            add(.from, "from")
            add(
                .reportingParticiple,
                """
                saying confirming announcing claiming warning noting adding insisting stating arguing alleging \
                acknowledging revealing denying explaining suggesting predicting vowing promising pledging \
                declaring asserting contending recalling stressing emphasizing emphasising complaining \
                conceding admitting accusing blaming clarifying telling
                """)
            add(.according, "according")
            add(.citing, "citing quoting")
            add(.relative, "who which whose whom where")
            add(
                .furniture,
                """
                click subscribe share sign follow advertisement related copyright read watch listen download \
                comments comment newsletter
                """)
            return t
        }()

        /// An open-addressing copy of `table`: lookups cost a multiply and a probe or two,
        /// where `Dictionary` hashes its key again with SipHash.
        struct Table: Sendable {
            let keys: [UInt64]
            let values: [UInt64]
            let mask: Int

            init(_ d: [UInt64: WordClass]) {
                // At most half full: short probes, and a table small enough to stay in the L1 cache.
                var size = 1
                while size < d.count * 2 { size <<= 1 }
                var k = [UInt64](repeating: 0, count: size)
                var v = [UInt64](repeating: 0, count: size)
                for (key, value) in d {
                    var i = Table.slot(key, size - 1)
                    while k[i] != 0 { i = (i + 1) & (size - 1) }
                    k[i] = key
                    v[i] = value.rawValue
                }
                keys = k
                values = v
                mask = size - 1
            }

            @inline(__always) static func slot(_ h: UInt64, _ mask: Int) -> Int {
                Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
            }

            @inline(__always) func lookup(_ h: UInt64) -> WordClass {
                var i = Table.slot(h, mask)
                while true {
                    let k = keys[i]
                    if k == h { return WordClass(rawValue: values[i]) }
                    if k == 0 { return [] }
                    i = (i + 1) & mask
                }
            }
        }

        static let fast = Table(table)

        static let hAccording: UInt64 = 0x22069a7dca739b67  // "according"
        static let hTo: UInt64 = 0x08c83907b56ac0a4  // "to"
        static let hBy: UInt64 = 0x08a64b07b54df8d4  // "by"
        static let hOf: UInt64 = 0x08b06007b5567108  // "of"
        static let hThe: UInt64 = 0x56f5c9194461d57c  // "the"
        static let hIn: UInt64 = 0x08b73807b55c4bbe  // "in"
        static let hFrom: UInt64 = 0x7f845078d7a5c0b5  // "from"
        static let hQuoted: UInt64 = 0xc290386092499bc9  // "quoted"
        static let hCited: UInt64 = 0x97227b7c8b9414ee  // "cited"
        static let hSeen: UInt64 = 0x2cfadb18d3ecd12a  // "seen"
        /// Words that make a following "reports", "claims" or "allegations" a noun: "media
        /// reports that…", "unconfirmed claims that…" (a verb has a subject, not a modifier).
        static let reportNounModifiers: Set<UInt64> = Set(
            [
                "media", "news", "press", "unconfirmed", "initial", "earlier", "recent", "latest", "previous",
                "conflicting", "several", "many", "some", "multiple", "further", "local", "foreign",
            ].map(ByteText.hash))
        static let hNo: UInt64 = 0x08b35907b5589afa  // "no"
        static let hNot: UInt64 = 0x215ad619258e9f4a  // "not"
        static let hThere: UInt64 = 0xeaee9e725db25b5d  // "there"
        static let hEvidence: UInt64 = 0xae70fc8f5906c564  // "evidence"
        static let hTrue: UInt64 = 0x5b5c98ef514dbfa5  // "true"
        static let hBaseless: UInt64 = 0x145f479eb7a9a2d1  // "baseless"
        static let hDoubt: UInt64 = 0x843318ab06fdd075  // "doubt"
        static let hCast: UInt64 = 0xb55e7090e879494e  // "cast"
        static let hCasting: UInt64 = 0x78b568093d7f2882  // "casting"
        static let hSufficient: UInt64 = 0x942a042334293df1  // "sufficient"
        static let hDespite: UInt64 = 0x841b35a7d7edff7b  // "despite"
        static let hFirst: UInt64 = 0x89d7ed7f996f1d41  // "first"
        static let hReported: UInt64 = 0x1cd3f4462020234a  // "reported"
        static let hReport: UInt64 = 0xadae49645df2840b  // "report"
        static let hStory: UInt64 = 0x44ee40ad76b09b92  // "story"
        static let hBy2: UInt64 = 0x08a64b07b54df8d4  // "by"
        static let hDefense: UInt64 = 0x43d410f7ec113773  // "defense"
        static let hOne: UInt64 = 0x1a08aa1921ca5caf  // "one"
        static let hNews: UInt64 = 0xe5495bbaa03a6526  // "news"
        static let hAgency: UInt64 = 0xb68441f6e71ef822  // "agency"
        static let hState: UInt64 = 0xee63aaad45b1b116  // "state"
        static let hAnd: UInt64 = 0xe6f79719051ff286  // "and"
        static let hMay: UInt64 = 0x080f5019176d1e46  // "may"
        static let hWhy: UInt64 = 0x5ec5ea1948914a79  // "why"
        static let hHow: UInt64 = 0x335f27192ff5d5ed  // "how"
        static let hHe: UInt64 = 0x08ba5307b55eaf76  // "he"
        static let hShe: UInt64 = 0x8245aa195cea9e21  // "she"
        static let hThey: UInt64 = 0x2579baef323cf77f  // "they"
        static let hSaying: UInt64 = 0x224f0d56fee49628  // "saying"
        static let hAdding: UInt64 = 0xd56ed395b1882104  // "adding"
        static let hWho: UInt64 = 0x5ec5fc194891690f  // "who"
        static let hIt: UInt64 = 0x08b73e07b55c55f0  // "it"
        static let hThat: UInt64 = 0x256cadef3232570c  // "that"
        static let hFact: UInt64 = 0xef234a791696afff  // "fact"
        static let hUp: UInt64 = 0x08c43a07b566d980  // "up"
        static let hDown: UInt64 = 0xdc04126761bb7455  // "down"
        static let hTweet: UInt64 = 0xad703dbfbdc8540a  // "tweet"
        static let hTweets: UInt64 = 0x7e0d65cf7b67899b  // "tweets"
        static let hTweeted: UInt64 = 0x982bfa8eb0d28f1b  // "tweeted"
        static let hTwitter: UInt64 = 0xc7608c02d0c48fa4  // "twitter"
        static let hDenying: UInt64 = 0x7073e81ebcec4351  // "denying"
        static let hAs: UInt64 = 0x089c5507b545b54d  // "as"
        static let hWhen: UInt64 = 0x9bf6bff64f32f639  // "when"
    }
}
