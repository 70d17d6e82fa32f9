/// What an attribution rule reads from a sentence, as token index ranges.
///
/// Rules work on token indexes so they stay cheap; the extractor turns the
/// ranges into byte spans and strings once a rule has matched.
extension MentionExtractor {
    struct Attribution {
        var speaker: Range<Int>
        var cue: Range<Int>
        /// One part, or two when the attribution sits in the middle of the sentence.
        var content: [Range<Int>]
        /// Intermediaries, nearest first.
        var via: [Range<Int>]
        var rule: String
        var stance: Stance = .asserts
        /// A speaker string that replaces the token text (e.g. a resolved pronoun).
        var speakerOverride: String? = nil
        /// A kind that replaces the classifier's: "in a CNN poll" is a document, whoever ran it.
        var kindOverride: SourceKind? = nil
        /// The same speaker's second statement after the attribution: "…,” she said, adding that B.
        var followUp: Range<Int>? = nil
    }

    /// Read-only helpers over the tokens of one sentence.
    struct SentenceView {
        let t: [Token]
        let p: UnsafeBufferPointer<UInt8>
        /// Every word class present outside quotations, so that rules can skip a
        /// sentence without the words they need in one test.
        let classes: WordClass
        /// A figure and the word "from" anywhere, quotations included ("from 34 to 50").
        let hasFigureChange: Bool
        let hasColon: Bool

        /// A view over tokens whose summary the tokenizer gathered.
        init(t: [Token], p: UnsafeBufferPointer<UInt8>, summary: MentionExtractor.SentenceSummary) {
            self.t = t
            self.p = p
            classes = summary.classes
            hasFigureChange = summary.hasNumber && summary.hasFrom
            hasColon = summary.hasColon
        }

        /// A view that gathers the summary itself.
        init(t: [Token], p: UnsafeBufferPointer<UInt8>) {
            var summary = MentionExtractor.SentenceSummary()
            for tok in t {
                if !tok.inQuote { summary.classes.formUnion(tok.cls) }
                if tok.cls.contains(.from) { summary.hasFrom = true }
                if tok.kind == .number {
                    summary.hasNumber = true
                } else if tok.kind == .colon {
                    summary.hasColon = true
                }
            }
            self.init(t: t, p: p, summary: summary)
        }
        /// Read attribution inside quotations too: for a quoted statement that an
        /// outlet relays ("“A source said X,” Mehr News reported").
        var ignoreQuotes = false
        typealias Lexicon = MentionExtractor.Lexicon
        typealias ByteText = MentionExtractor.ByteText
        typealias Token = MentionExtractor.Token
        typealias WordClass = MentionExtractor.WordClass

        var count: Int { t.count }

        @inline(__always) func cls(_ i: Int) -> WordClass {
            t[i].cls
        }
        @inline(__always) func isWord(_ i: Int, _ h: UInt64) -> Bool {
            i >= 0 && i < t.count && t[i].kind == .word && t[i].hash == h
        }
        /// The index past the last token that is not closing punctuation.
        var contentEnd: Int {
            var e = t.count
            while e > 0,
                t[e - 1].kind == .terminal || t[e - 1].kind == .comma || t[e - 1].kind == .closeQuote
                    || t[e - 1].kind == .dash
            { e -= 1 }
            return e
        }
        func wordCount(_ r: Range<Int>) -> Int {
            var n = 0
            for i in r where t[i].isWord { n += 1 }
            return n
        }
        func firstIndex(of kind: Token.Kind, in r: Range<Int>, outsideQuotes: Bool = true) -> Int? {
            for i in r where t[i].kind == kind && (!outsideQuotes || !t[i].inQuote) { return i }
            return nil
        }

        /// True when the token at `i` works as a reporting verb here.
        /// `front`: the cue follows its subject and introduces the content.
        /// `requireThat: false` accepts a noun-like cue ("showed") without its "that".
        func isCue(_ i: Int, front: Bool, requireThat: Bool = true) -> Bool {
            let tok = t[i]
            guard tok.kind == .word, ignoreQuotes || !tok.inQuote else { return false }
            let c = cls(i)
            guard
                !c.intersection([.cue, .deny, .dispute]).isEmpty || !front && c.contains(.tailCue)
                    || front && c.contains(.namingCue) && isNamingVerdict(i)
            else { return false }
            if i > 0 {
                let pc = cls(i - 1)
                if pc.contains(.be) { return false }  // passive: "is said to", "was denied", "were confirmed"
                if isWord(i - 1, Lexicon.hTo) && !c.contains(.deny) && !c.contains(.dispute)
                    && !isWord(i - 2, Lexicon.hFirst)
                {
                    return false
                }  // "declined to say"; "was first to report" counts
                if t[i - 1].kind == .word && pc.contains(.determiner) && !c.contains(.told)
                    && !c.contains(.deny) && !c.contains(.dispute) && !pc.contains(.pronoun)
                {
                    return false  // "the reported plot", "no reported casualties"
                }
                if isWord(i - 1, Lexicon.hNo) { return false }
            }
            // "Minister said to be furious", "the ship, said to have sunk": a passive whose "is" a
            // headline or an apposition leaves out. Nobody is named; the article hedges.
            if isSaidTo(i) { return false }
            // "first reported by the Meridian Post", "confirmed by officials": a passive with its agent.
            if isWord(i + 1, Lexicon.hBy), i + 2 < t.count, t[i + 2].kind == .word,
                t[i + 2].capitalized || cls(i + 2).contains(.determiner)
            {
                return false
            }
            if c.contains(.cueNeedsThat) {
                // "media reports that…", "unconfirmed claims that…": a noun after its modifier.
                if i > 0, t[i - 1].kind == .word, !t[i - 1].capitalized,
                    Lexicon.reportNounModifiers.contains(t[i - 1].hash)
                {
                    return false
                }
                if front { return !requireThat || isWord(i + 1, Lexicon.hThat) }
                // In tail position the noun reading ("intelligence reports say") is excluded by what follows.
                if i + 1 < t.count, t[i + 1].kind == .word, cls(i + 1).contains(.cue) { return false }
            }
            return true
        }

        /// "called the plan “reckless”", "described him as a liar": a naming verb whose object is
        /// a verdict, not "called for talks", "called off the strike" or "a group called Vox said".
        func isNamingVerdict(_ i: Int) -> Bool {
            guard i > 0, i + 2 < t.count, t[i + 1].kind == .word || t[i + 1].kind == .openQuote else { return false }
            if t[i + 1].kind == .word, Self.particles.contains(t[i + 1].hash) { return false }
            let prev = t[i - 1]
            // "a group called Vox": a lower-case noun before it names; a name or pronoun before it speaks.
            if prev.kind == .word, !prev.capitalized,
                cls(i - 1).intersection([.pronoun, .between, .anonymous, .organization, .role, .title, .outlet]).isEmpty
            {
                return false
            }
            // The verdict is quoted or introduced by "as", "a" or "an" within a few words.
            for k in (i + 1)..<min(t.count, i + 8) {
                if t[k].kind == .openQuote || isWord(k, Lexicon.hAs) || isWord(k, Self.hA) || isWord(k, Self.hAn) {
                    return true
                }
                if t[k].kind == .word, !cls(k).intersection([.cue, .clauseVerb]).isEmpty { return false }
            }
            return false
        }

        static let particles: Set<UInt64> = Set(
            ["for", "on", "off", "up", "in", "out", "back", "upon", "to", "it", "into", "over"].map {
                ByteText.hash($0)
            })
        static let hA = ByteText.hash("a")
        static let hAn = ByteText.hash("an")

        /// "said to be", "believed to have": a passive report verb before an infinitive
        /// ("said to reporters" is a statement made to someone).
        func isSaidTo(_ i: Int) -> Bool {
            cls(i).contains(.passiveCue) && isWord(i + 1, Lexicon.hTo)
                && (i + 2 < t.count && t[i + 2].kind == .word && cls(i + 2).contains(.be) || isWord(i + 2, Self.hHave))
        }

        static let hHave = ByteText.hash("have")

        /// "federal officials", "political experts", "campaign aides": lower-case modifiers before
        /// a speaker noun (a source, an organisation, a post) or a name, with no word that opens a
        /// clause or a prepositional phrase in front of it.
        func startsWithModifier(_ r: Range<Int>) -> Bool {
            for i in r.prefix(4) {
                guard t[i].kind == .word else { return false }
                let c = cls(i)
                if !c.intersection([.anonymous, .organization, .role, .outlet]).isEmpty || t[i].capitalized {
                    return i > r.lowerBound
                }
                if !c.intersection(Self.notModifier).isEmpty { return false }
            }
            return false
        }

        /// Word classes that never modify a following speaker noun.
        static let notModifier: WordClass = [
            .clauseVerb, .be, .preposition, .that, .relative, .cue, .deny, .dispute, .intro, .opener, .citing,
            .according, .hedge, .temporal, .between, .reportingParticiple,
        ]

        /// A plausible speaker noun phrase: short, no finite verb outside a
        /// relative clause, no quotation, no clause punctuation.
        func isNounPhrase(_ r: Range<Int>, allowCommas: Bool, maxCount: Int = 16) -> Bool {
            guard !r.isEmpty, r.count <= maxCount else { return false }
            let first = t[r.lowerBound]
            guard first.isWord else { return false }
            let fc = cls(r.lowerBound)
            if !(first.capitalized || first.kind == .number
                || !fc.intersection([
                    .determiner, .pronoun, .anonymous, .organization, .document, .title, .role, .indefinite,
                ]).isEmpty || startsWithModifier(r))
            {
                return false
            }
            var relative = false
            var commas = 0
            for i in r {
                let tok = t[i]
                if tok.inQuote && !ignoreQuotes { return false }
                switch tok.kind {
                case .terminal, .colon, .semicolon, .openQuote, .closeQuote: return false
                case .comma:
                    commas += 1
                    if !allowCommas || commas > 2 { return false }
                case .word:
                    let c = cls(i)
                    if c.contains(.relative) { relative = true }
                    if c.contains(.that) { return false }
                    if c.contains(.clauseVerb) && !relative { return false }
                    if c.contains(.pronoun) && r.count > 1 && !relative && i > r.lowerBound { return false }
                default: break
                }
            }
            return true
        }
    }
}
