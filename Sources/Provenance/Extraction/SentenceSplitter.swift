/// Splits a region (one paragraph or line) into sentences on bytes.
///
/// News text is full of periods that do not end sentences: "U.S.", "Gen.",
/// "Sept. 11", "J. Smith", "1.5". A sentence ends at `.`, `!` or `?` followed
/// (after any closing quotes or brackets) by whitespace and then something that
/// can start a sentence; a period inside `.”` ends the sentence after the quote.
extension MentionExtractor {
    enum SentenceSplitter {
        /// Appends the trimmed byte ranges of the sentences in `region` to `out`.
        static func split(
            _ p: UnsafeBufferPointer<UInt8>, _ region: Range<Int>, table: Lexicon.Table = Lexicon.fast,
            into out: inout [Range<Int>]
        ) {
            let end = region.upperBound
            var s = skipSpace(p, region.lowerBound, end)
            var i = s
            while i < end {
                let b = p[i]
                var stop = -1
                if b == 0x2E || b == 0x21 || b == 0x3F {
                    stop = endOfSentence(p, i, s, end, table)
                } else if b == 0xE2, ByteText.wide(p, i, end) == .ellipsis {
                    let j = skipClosers(p, i + 3, end)
                    if j < end, ByteText.isSpace(p[j]) {
                        let n = skipSpace(p, j, end)
                        if n < end, ByteText.isUpper(p[n]) { stop = j }
                    }
                }
                if stop >= 0 {
                    emit(p, s, stop, into: &out)
                    s = skipSpace(p, stop, end)
                    i = s
                    continue
                }
                i += 1
            }
            if s < end { emit(p, s, end, into: &out) }
        }

        /// The end offset of the sentence whose terminal mark is at `i`, or -1.
        static func endOfSentence(
            _ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ sentenceStart: Int, _ end: Int, _ table: Lexicon.Table
        ) -> Int {
            let b = p[i]
            if i + 1 < end, ByteText.isAlnum(p[i + 1]) {
                // "…and regulators.Aspartame is …": scraped text that lost the space after a
                // period still ends a sentence when a lower-case word meets a capitalised one.
                if b == 0x2E, isGluedSentenceEnd(p, i, sentenceStart, end) { return i + 1 }
                return -1  // 1.5, U.S, example.com
            }
            // Runs of marks ("?!", "...") end together.
            var k = i + 1
            while k < end, p[k] == 0x2E || p[k] == 0x21 || p[k] == 0x3F { k += 1 }
            let j = skipClosers(p, k, end)
            if j < end, !ByteText.isSpace(p[j]) { return -1 }
            let n = skipSpace(p, j, end)
            if n >= end { return j }
            let next = p[n]
            if ByteText.isLower(next) { return -1 }
            if b != 0x2E || k > i + 1 { return j }
            // A period: look at the word before it.
            var ws = i
            while ws > sentenceStart, ByteText.isWordByte(p, ws - 1, end) || p[ws - 1] == 0x2E { ws -= 1 }
            let wordLength = i - ws
            if wordLength == 0 { return j }
            if wordLength == 1, ByteText.isUpper(p[ws]) { return -1 }  // initial: "J. Smith"
            var dotted = false
            for x in ws..<i where p[x] == 0x2E { dotted = true; break }
            // "U.S.", "U.N."; but "… in Akron, N.Y. “The plan …": a quotation opens a new sentence.
            if dotted { return opensQuote(p, n, end) ? j : -1 }
            if table.lookup(ByteText.hash(p, ws, i)).contains(.abbreviation) { return -1 }
            return j
        }

        /// A period between a lower-case word of three letters or more and a capitalised word
        /// ("regulators.Aspartame"); "example.com", "U.S.A" and "Node.js" do not qualify.
        static func isGluedSentenceEnd(
            _ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ sentenceStart: Int, _ end: Int
        ) -> Bool {
            guard i >= sentenceStart + 3, i + 2 < end, ByteText.isUpper(p[i + 1]), ByteText.isLower(p[i + 2]),
                ByteText.isLower(p[i - 1]), ByteText.isLower(p[i - 2]), ByteText.isLower(p[i - 3])
            else { return false }
            // A dotted name ("Amazon.Com") is capitalised before its period too.
            var k = i - 1
            while k > sentenceStart, ByteText.isAlpha(p[k - 1]) { k -= 1 }
            return ByteText.isLower(p[k])
        }

        /// Whether a double quotation mark opens at `i`.
        @inline(__always)
        static func opensQuote(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
            p[i] == 0x22 || ByteText.wide(p, i, end) == .leftDouble || p[i] == 0x60 && i + 1 < end && p[i + 1] == 0x60
                || p[i] == 0x27 && i + 1 < end && p[i + 1] == 0x27
        }

        @inline(__always)
        static func skipClosers(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
            var j = from
            while j < end {
                let c = p[j]
                if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D {
                    j += 1
                } else if let w = ByteText.wide(p, j, end), w == .rightDouble || w == .rightSingle {
                    j += 3
                } else {
                    break
                }
            }
            return j
        }

        @inline(__always)
        static func skipSpace(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
            var j = from
            while j < end {
                if ByteText.isSpace(p[j]) {
                    j += 1
                } else if p[j] == 0xC2, j + 1 < end, p[j + 1] == 0xA0 {
                    j += 2
                } else {
                    break
                }
            }
            return j
        }

        static func emit(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, into out: inout [Range<Int>]) {
            var e = e
            while e > s, ByteText.isSpace(p[e - 1]) { e -= 1 }
            if e > s { out.append(s..<e) }
        }
    }
}
