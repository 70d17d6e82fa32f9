/// Cuts one sentence into word and punctuation tokens with byte offsets.
///
/// Attribution rules look at words ("said", "according", "to") and at the
/// punctuation around them (commas, quotes, colons), so a token carries its
/// lowercase hash, whether it is capitalised, and whether it sits inside a
/// double quote: a cue inside a quotation ("‘he said no’") is not attribution.
extension MentionExtractor {
    struct Token {
        enum Kind: UInt8 {
            case word, number, comma, terminal, colon, semicolon, openQuote, closeQuote, dash
            case openParen, closeParen, other
        }
        var start: Int
        var end: Int
        var kind: Kind
        /// Lowercase hash of the word (without a trailing abbreviation period); 0 for punctuation.
        var hash: UInt64
        var capitalized: Bool
        var inQuote: Bool
        /// The lexicon classes of the word; empty for punctuation.
        var cls: WordClass = []

        var isWord: Bool { kind == .word || kind == .number }
    }

    /// What a sentence holds, gathered while it is tokenised, so that rules can
    /// skip sentences without the words they need in one test.
    struct SentenceSummary {
        /// Every word class present outside quotations.
        var classes: WordClass = []
        /// A figure and the word "from" anywhere, quotations included ("from 34 to 50").
        var hasNumber = false
        var hasFrom = false
        var hasColon = false
    }

    enum Tokenizer {
        /// Tokenises `range`, replacing the contents of `tokens`. `inQuote` is the
        /// quotation state carried over from the previous sentence of the paragraph;
        /// the state at the sentence's end is returned.
        @discardableResult
        static func tokenize(
            _ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, inQuote startState: Bool,
            table: Lexicon.Table = Lexicon.fast, into tokens: inout [Token]
        ) -> Bool {
            var summary = SentenceSummary()
            return tokenize(p, range, inQuote: startState, table: table, into: &tokens, summary: &summary)
        }

        /// Tokenises `range` as above and fills `summary`.
        static func tokenize(
            _ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, inQuote startState: Bool,
            table: Lexicon.Table = Lexicon.fast, into tokens: inout [Token], summary: inout SentenceSummary
        ) -> Bool {
            tokens.removeAll(keepingCapacity: true)
            summary = SentenceSummary()
            var inQuote = startState
            let end = range.upperBound
            var i = range.lowerBound
            while i < end {
                let b = p[i]
                if ByteText.isSpace(b) { i += 1; continue }
                if b == 0xC2, i + 1 < end, p[i + 1] == 0xA0 { i += 2; continue }
                if ByteText.isWordByte(p, i, end) {
                    let s = i
                    var dotted = false
                    // FNV-1a folded in as we scan; equals ByteText.hash(p, s, core).
                    let prime: UInt64 = 0x100_0000_01b3
                    var h: UInt64 = (0xcbf2_9ce4_8422_2325 ^ UInt64(ByteText.lower(b))) &* prime
                    i += 1
                    while i < end {
                        let c = p[i]
                        if c < 0x80 {
                            if ByteText.isAlnum(c) {
                                h = (h ^ UInt64(ByteText.lower(c))) &* prime
                                i += 1
                                continue
                            }
                            if (c == 0x2E || c == 0x27 || c == 0x2D || c == 0x2C && ByteText.isDigit(p[i - 1])),
                                i + 1 < end, ByteText.isWordByte(p, i + 1, end),
                                c != 0x2C || ByteText.isDigit(p[i + 1])
                            {
                                if c == 0x2E { dotted = true }
                                h = (h ^ UInt64(c)) &* prime
                                h = (h ^ UInt64(ByteText.lower(p[i + 1]))) &* prime
                                i += 2
                                continue
                            }
                            break
                        }
                        if c == 0xE2, i + 1 < end, p[i + 1] == 0x80 {
                            if i + 3 < end, p[i + 2] == 0x99, ByteText.isWordByte(p, i + 3, end) {
                                h = (h ^ 0x27) &* prime
                                h = (h ^ UInt64(ByteText.lower(p[i + 3]))) &* prime
                                i += 4
                                continue
                            }
                            break
                        }
                        if c == 0xC2, i + 1 < end, p[i + 1] == 0xA0 { break }
                        h = (h ^ UInt64(c)) &* prime
                        i += 1
                    }
                    let core = i
                    // Keep an abbreviation's period with it: "U.S.", "Gen.", "J."
                    let isNumber = ByteText.isDigit(p[s]) || (p[s] == 0x24 && i > s + 1)
                    let cls = isNumber ? [] : table.lookup(h)
                    if isNumber { summary.hasNumber = true }
                    if !inQuote { summary.classes.formUnion(cls) }
                    if cls.contains(.from) { summary.hasFrom = true }
                    if i < end, p[i] == 0x2E, i + 1 < end {
                        let single = core - s == 1 && ByteText.isUpper(p[s])
                        // "(R-Wis.)": a period before a closing bracket ends an abbreviation.
                        if dotted && !ByteText.isDigit(p[s]) || single || cls.contains(.abbreviation)
                            || p[i + 1] == 0x29
                        {
                            i += 1
                        }
                    }
                    tokens.append(
                        Token(
                            start: s, end: i, kind: isNumber ? .number : .word, hash: h,
                            capitalized: ByteText.isUpper(p[s]), inQuote: inQuote, cls: cls))
                    continue
                }
                var kind = Token.Kind.other
                var width = 1
                switch b {
                case 0x2C: kind = .comma
                case 0x2E, 0x21, 0x3F: kind = .terminal
                case 0x3A:
                    kind = .colon
                    summary.hasColon = true
                case 0x3B: kind = .semicolon
                case 0x28, 0x5B: kind = .openParen
                case 0x29, 0x5D: kind = .closeParen
                case 0x2D:
                    if i + 1 < end, p[i + 1] == 0x2D { width = 2 }
                    kind = .dash
                case 0x22:
                    kind = straightQuoteKind(p, i, range)
                case 0x27 where i + 1 < end && p[i + 1] == 0x27:
                    // ''…'': a doubled apostrophe is a double quote in some outlets' files.
                    kind = straightQuoteKind(p, i, range)
                    width = 2
                case 0x60 where i + 1 < end && p[i + 1] == 0x60:
                    // ``…'': the TeX-style opening quote.
                    kind = .openQuote
                    width = 2
                case 0xE2:
                    if let w = ByteText.wide(p, i, end) {
                        width = 3
                        switch w {
                        case .leftDouble: kind = .openQuote
                        case .rightDouble: kind = .closeQuote
                        case .enDash, .emDash: kind = .dash
                        case .ellipsis: kind = .terminal
                        case .leftSingle, .rightSingle: kind = .other
                        }
                    }
                default: break
                }
                if kind == .openQuote {
                    inQuote = true
                    tokens.append(
                        Token(start: i, end: i + width, kind: kind, hash: 0, capitalized: false, inQuote: true))
                } else if kind == .closeQuote {
                    if !inQuote {
                        // The sentence began inside a quotation opened earlier.
                        for k in tokens.indices { tokens[k].inQuote = true }
                    }
                    inQuote = false
                    tokens.append(
                        Token(start: i, end: i + width, kind: kind, hash: 0, capitalized: false, inQuote: true))
                } else {
                    tokens.append(
                        Token(start: i, end: i + width, kind: kind, hash: 0, capitalized: false, inQuote: inQuote))
                }
                i += width
            }
            return inQuote
        }

        /// A straight double quote (`"` or `''`) opens a quotation at the start, after a space,
        /// a bracket or a dash, and closes one anywhere else.
        @inline(__always)
        static func straightQuoteKind(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ range: Range<Int>) -> Token.Kind {
            let prev = i > range.lowerBound ? p[i - 1] : 0x20
            let opens = ByteText.isSpace(prev) || prev == 0x28 || prev == 0x5B || prev == 0x2D || i == range.lowerBound
            return opens ? .openQuote : .closeQuote
        }
    }
}
