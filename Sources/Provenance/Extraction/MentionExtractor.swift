import Foundation

/// Reads mentions from an article's text: who says what, through whom.
///
/// Extraction is a pure function of the article (no store, no printing) so it
/// can run on many articles in parallel and be tested sentence by sentence.
/// It works on the UTF-8 bytes of the text with integer offsets; only the short
/// final strings (speaker, cue, content) become `String`s.
public struct MentionExtractor: Sendable {
    public init() {}

    /// News agencies whose copy other outlets republish.
    static let wireServices: Set<String> = [
        "ap", "afp", "reuters", "upi", "dpa", "efe", "ansa", "xinhua", "tass", "kyodo", "yonhap", "pti", "ani",
    ]

    /// Reads every mention in the article's analysed regions.
    public func extract(from article: ParsedArticle) -> ArticleExtraction {
        var text = article.text
        return text.withUTF8 { p in
            var run = ArticleRun(p: p, headline: article.headline)
            run.ownOutlet = article.outlet
            // "ABS-CBN News (AFP)": the outlet republishes a wire service's copy. A parent
            // company or network in parentheses ("NY1 (Spectrum News)") relays nothing.
            if let outlet = article.outlet, outlet.hasSuffix(")"), let open = outlet.lastIndex(of: "(") {
                let wire = outlet[outlet.index(after: open)..<outlet.index(before: outlet.endIndex)]
                let own = outlet[..<open].trimmingCharacters(in: .whitespaces)
                if Self.wireServices.contains(wire.lowercased()), !own.isEmpty {
                    run.wire = String(wire)
                    run.ownOutlet = own
                }
            }
            run.publisher = Self.publisherOrganization(run.ownOutlet)
            run.read(regions: article.regions)
            return run.finish()
        }
    }
}

extension MentionExtractor {
    /// A mention in progress, with what the article-level passes need.
    struct Draft {
        var mention: ExtractedMention
        var region: Int
        var pureQuote: Bool
        var quotedContent: Bool
        var viaKinds: [SourceKind]
        var speakerIsDefiniteReport: Bool
    }

    /// The state of one extraction: the drafts read so far and the credits seen.
    struct ArticleRun {
        let p: UnsafeBufferPointer<UInt8>
        let headline: Range<Int>?
        var drafts: [Draft] = []
        var creditCandidates: [(name: String, region: Int)] = []
        /// The outlet the article says broke the story first, if it says so.
        var scoop: String? = nil
        var sentences: [Range<Int>] = []
        var tokens: [Token] = []
        var summary = SentenceSummary()
        /// A wire service named in a dateline ("WASHINGTON (AP) —").
        var wire: String? = nil
        /// The article's own outlet: its dateline is not a relay.
        var ownOutlet: String? = nil
        /// The organisation that publishes the article, when it is not a news outlet
        /// (`publisherOrganization`): its own voice is its statement.
        var publisher: String? = nil
        /// The people named so far (person speakers, or "President Trump" in running
        /// text), most recent last: whom "he said" and "she added" may refer to.
        var people: [NamedPerson] = []
        /// Sentences read so far: how far back a person was named.
        var sentenceCount = 0
        /// The people one sentence names, kept to reuse its storage.
        var namedScratch: [(name: String?, span: Range<Int>)] = []
        let table = Lexicon.fast
        typealias Lexicon = MentionExtractor.Lexicon
        typealias ByteText = MentionExtractor.ByteText

        init(p: UnsafeBufferPointer<UInt8>, headline: Range<Int>?) {
            self.p = p
            self.headline = headline
            tokens.reserveCapacity(128)
            sentences.reserveCapacity(16)
        }

        mutating func read(regions: [Range<Int>]) {
            var ordinal = 0
            for region in regions {
                let r = max(0, region.lowerBound)..<min(p.count, region.upperBound)
                guard !r.isEmpty else { continue }
                let isHeadline = headline.map { $0.overlaps(r) } ?? false
                sentences.removeAll(keepingCapacity: true)
                SentenceSplitter.split(p, r, table: table, into: &sentences)
                var inQuote = false
                let before = drafts.count
                let single = sentences.count == 1
                for s in sentences {
                    inQuote = Tokenizer.tokenize(
                        p, s, inQuote: inQuote, table: table, into: &tokens, summary: &summary)
                    readSentence(s, region: ordinal, headline: isHeadline, wholeRegion: single)
                }
                if drafts.count > before {
                    assignQuoteSpeakers(from: before)
                    continueQuotes(from: before)
                    ordinal += 1
                }
            }
        }

        /// A paragraph that is nothing but quotation, right after a paragraph that
        /// ends with an attributed quotation, continues that speaker's quote.
        mutating func continueQuotes(from start: Int) {
            guard start > 0, drafts[start...].allSatisfy({ $0.pureQuote && $0.mention.speaker == nil }) else { return }
            let prev = drafts[start - 1]
            guard prev.quotedContent, prev.mention.speaker != nil, prev.mention.stance == .asserts else { return }
            for i in start..<drafts.count {
                drafts[i].mention.speaker = prev.mention.speaker
                drafts[i].mention.speakerSpan = prev.mention.speakerSpan
                drafts[i].mention.speakerKind = prev.mention.speakerKind
                drafts[i].mention.via = prev.mention.via
                drafts[i].viaKinds = prev.viaKinds
                drafts[i].mention.cue = prev.mention.cue
                drafts[i].mention.cueSpan = prev.mention.cueSpan
                drafts[i].mention.rule = "quote-paragraph"
                drafts[i].quotedContent = true
            }
        }

        /// Gives a pure-quote sentence the speaker of the attributed quotation
        /// next to it in the same paragraph ("“A. B,” she said.").
        mutating func assignQuoteSpeakers(from start: Int) {
            for i in start..<drafts.count where drafts[i].pureQuote && drafts[i].mention.speaker == nil {
                var best: Int? = nil
                for j in (i + 1)..<drafts.count where drafts[j].quotedContent && drafts[j].mention.speaker != nil {
                    best = j
                    break
                }
                if best == nil {
                    for j in stride(from: i - 1, through: start, by: -1)
                    where drafts[j].quotedContent && drafts[j].mention.speaker != nil {
                        best = j
                        break
                    }
                }
                guard let j = best else { continue }
                let src = drafts[j].mention
                drafts[i].mention.speaker = src.speaker
                drafts[i].mention.speakerSpan = src.speakerSpan
                drafts[i].mention.speakerKind = src.speakerKind
                drafts[i].mention.via = src.via
                drafts[i].viaKinds = drafts[j].viaKinds
                drafts[i].mention.cue = src.cue
                drafts[i].mention.cueSpan = src.cueSpan
                drafts[i].mention.rule = "quote-paragraph"
                drafts[i].quotedContent = true
            }
        }
    }
}
