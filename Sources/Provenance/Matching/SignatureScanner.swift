/// One word or number of a mention as written, before stemming.
struct RawWord: Equatable {
    enum Kind: Equatable {
        /// Letters (maybe with an attached digit run, as in "B-52" or "G7").
        case word
        /// A number written in digits; `text` holds it normalised ("1,000" → "1000").
        case number
    }

    var kind: Kind
    /// Lowercased text; for numbers the normalised digits.
    var text: String
    /// The first letter was upper case in the text ("Iran", "US").
    var isCapitalised = false
    /// Opens a sentence, so capitalisation says nothing about it being a name.
    var isSentenceInitial = false
    /// A comma, colon or semicolon follows it; "According to X, …" ends at the comma.
    var isFollowedByPause = false
    /// A number directly followed by "%".
    var isPercent = false
}

/// Splits a mention into ``RawWord``s by walking its UTF-8 bytes.
///
/// Mentions arrive by the million, so the scanner avoids `Character` and regular
/// expressions: ASCII is classified byte by byte and only non-ASCII scalars are decoded. It
/// folds the spellings that would otherwise split one word in two: curly apostrophes,
/// possessive "'s", "n't" (emitted as "not"), dotted abbreviations ("U.S." → "us"), thousands
/// separators ("5,200" → "5200").
enum SignatureScanner {
    static func scan(_ text: String) -> [RawWord] {
        var bytes = Array(text.utf8)
        bytes.append(0x20)  // sentinel: every word ends before the end of the buffer
        var words: [RawWord] = []
        words.reserveCapacity(bytes.count / 5)
        var index = 0
        var sentenceStart = true
        let count = bytes.count - 1
        while index < count {
            let byte = bytes[index]
            if isASCIILetter(byte) || (byte >= 0x80 && isWordScalar(bytes, at: index)) {
                if let (abbreviation, end) = dottedAbbreviation(bytes, at: index) {
                    words.append(
                        RawWord(kind: .word, text: abbreviation, isCapitalised: true, isSentenceInitial: sentenceStart))
                    index = end
                } else {
                    index = scanWord(bytes, at: index, sentenceStart: sentenceStart, into: &words)
                }
                sentenceStart = false
            } else if isDigit(byte) {
                index = scanNumber(bytes, at: index, sentenceStart: sentenceStart, into: &words)
                sentenceStart = false
            } else {
                switch byte {
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    sentenceStart = true
                case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"):
                    if !words.isEmpty { words[words.count - 1].isFollowedByPause = true }
                    if byte == UInt8(ascii: ":") { sentenceStart = true }
                default:
                    break
                }
                index += byte >= 0x80 ? scalarLength(byte) : 1
            }
        }
        return words
    }

    /// Scans letters (and non-ASCII letters) with internal apostrophes; returns the index after.
    private static func scanWord(_ bytes: [UInt8], at start: Int, sentenceStart: Bool, into words: inout [RawWord])
        -> Int
    {
        var index = start
        var lowered: [UInt8] = []
        var hasNonASCII = false
        var negated = false
        while true {
            let byte = bytes[index]
            if isASCIILetter(byte) || isDigit(byte) {
                lowered.append(byte | (isUpper(byte) ? 0x20 : 0))
                index += 1
            } else if byte >= 0x80, isWordScalar(bytes, at: index) {
                let length = scalarLength(byte)
                lowered.append(contentsOf: bytes[index..<index + length])
                hasNonASCII = true
                index += length
            } else if let apostrophe = apostropheLength(bytes, at: index), isASCIILetter(bytes[index + apostrophe]) {
                // Contraction or possessive: keep the stem, drop the suffix, remember "n't".
                var end = index + apostrophe
                while isASCIILetter(bytes[end]) { end += 1 }
                let suffix = bytes[(index + apostrophe)..<end].map { $0 | 0x20 }
                if suffix == [UInt8(ascii: "t")], lowered.last == UInt8(ascii: "n") {
                    negated = true
                } else if suffix.count > 2 {
                    // A name such as "O'Brien" or "al-Qa'ida": keep it whole.
                    lowered.append(contentsOf: suffix)
                }
                index = end
            } else if byte == UInt8(ascii: "-"), isDigit(bytes[index + 1]), lowered.count <= 3 {
                // Designations such as "B-52", "F-35", "COVID-19" are names, not figures.
                index += 1
            } else {
                break
            }
        }
        var text = String(decoding: lowered, as: UTF8.self)
        if hasNonASCII { text = SignatureStemmer.foldLatin(text.lowercased()) }
        let capital = isUpper(bytes[start]) || (hasNonASCII && bytes[start] >= 0x80)
        words.append(RawWord(kind: .word, text: text, isCapitalised: capital, isSentenceInitial: sentenceStart))
        if negated { words.append(RawWord(kind: .word, text: "not")) }
        return index
    }

    /// Scans "1,000", "5200", "2.5", "50%"; digits glued to letters ("10th", "1990s") stay words.
    private static func scanNumber(_ bytes: [UInt8], at start: Int, sentenceStart: Bool, into words: inout [RawWord])
        -> Int
    {
        var index = start
        var digits: [UInt8] = []
        while true {
            let byte = bytes[index]
            if isDigit(byte) {
                digits.append(byte)
                index += 1
            } else if byte == UInt8(ascii: ","), isDigit(bytes[index + 1]), index + 3 < bytes.count,
                isDigit(bytes[index + 2]), isDigit(bytes[index + 3]), !isDigit(bytes[safe: index + 4])
            {
                index += 1  // thousands separator
            } else if byte == UInt8(ascii: "."), isDigit(bytes[index + 1]), !digits.contains(UInt8(ascii: ".")) {
                digits.append(byte)
                index += 1
            } else {
                break
            }
        }
        if isASCIILetter(bytes[index]) {
            // "10th", "1990s", "5G": an ordinal or a name, not a figure.
            var end = index
            while isASCIILetter(bytes[end]) || isDigit(bytes[end]) { end += 1 }
            let text = String(decoding: bytes[start..<end].map { $0 | (isUpper($0) ? 0x20 : 0) }, as: UTF8.self)
            words.append(RawWord(kind: .word, text: text, isSentenceInitial: sentenceStart))
            return end
        }
        if digits.contains(UInt8(ascii: ".")) {
            while digits.last == UInt8(ascii: "0") { digits.removeLast() }
            if digits.last == UInt8(ascii: ".") { digits.removeLast() }
        }
        while digits.count > 1, digits.first == UInt8(ascii: "0"), digits[1] != UInt8(ascii: ".") {
            digits.removeFirst()
        }
        var word = RawWord(
            kind: .number, text: String(decoding: digits, as: UTF8.self), isSentenceInitial: sentenceStart)
        if bytes[index] == UInt8(ascii: "%") {
            word.isPercent = true
            index += 1
        }
        words.append(word)
        return index
    }

    /// "U.S.", "U.N.", "U.S.A.", "U.S": single letters each followed by a period, two or more.
    private static func dottedAbbreviation(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
        var index = start
        var letters: [UInt8] = []
        while isASCIILetter(bytes[index]), bytes[safe: index + 1] == UInt8(ascii: ".") {
            letters.append(bytes[index] | 0x20)
            index += 2
        }
        guard !letters.isEmpty else { return nil }
        if isASCIILetter(bytes[safe: index]), !isASCIILetter(bytes[safe: index + 1]), !isDigit(bytes[safe: index + 1]) {
            letters.append(bytes[index] | 0x20)  // "U.S" without its last period
            index += 1
        }
        guard letters.count >= 2, !isASCIILetter(bytes[safe: index]) else { return nil }
        return (String(decoding: letters, as: UTF8.self), index)
    }

    /// Length in bytes of an apostrophe at `index` (' or U+2019 / U+2018), or nil.
    private static func apostropheLength(_ bytes: [UInt8], at index: Int) -> Int? {
        if bytes[index] == UInt8(ascii: "'") { return 1 }
        if bytes[index] == 0xE2, bytes[safe: index + 1] == 0x80,
            bytes[safe: index + 2] == 0x99 || bytes[safe: index + 2] == 0x98
        {
            return 3
        }
        return nil
    }

    /// Whether the non-ASCII scalar starting at `index` is a letter or digit (é, ş, Arabic).
    private static func isWordScalar(_ bytes: [UInt8], at index: Int) -> Bool {
        let length = scalarLength(bytes[index])
        guard length > 1, index + length <= bytes.count else { return false }
        var value = UInt32(bytes[index]) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
}

extension Array where Element == UInt8 {
    /// The byte at `index`, or a space past the end: lets look-ahead code skip bounds checks.
    fileprivate subscript(safe index: Int) -> UInt8 { index < count ? self[index] : 0x20 }
}
