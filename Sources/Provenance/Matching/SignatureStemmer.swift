/// Light stemming and a transliteration fold, so that two spellings of one word meet.
///
/// Full Porter stemming over-merges news vocabulary ("general"/"generate"), and a stemmer that
/// does too little keeps "injuries" and "injured" apart. This one strips the inflections that
/// vary between two reports of the same fact (plural, past tense, -ing, -ly, -ion) and the
/// trailing vowel left behind, then folds the spelling variation that transliterated names
/// show: doubled letters (Qassem/Qasem), and vowel quality inside a word (Soleimani/Suleimani,
/// Qasem/Qassim) reduced to three classes. The fold is applied to every word, so a name at the
/// start of a sentence and the same name mid-sentence always agree.
enum SignatureStemmer {
    /// Words whose final "s" is not a plural.
    private static let keepFinalS: Set<String> = [
        "news", "series", "species", "always", "perhaps", "whereas", "thus", "bus", "gas", "chaos",
        "bias", "alias", "atlas", "canvas", "campus", "virus", "status", "census", "focus", "bonus",
        "consensus", "corpus", "crisis", "analysis", "basis", "thesis", "diagnosis", "emphasis",
        "tennis", "physics", "politics", "economics", "mathematics", "ethics", "paris", "texas",
        "marks", "davos", "abbas", "ramos", "lagos", "cyprus", "tunis", "honduras", "barbados",
    ]

    /// The stem of a lowercased word, before folding.
    static func stem(_ word: String) -> String {
        var utf8 = Array(word.utf8)
        guard utf8.count > 3, utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        if keepFinalS.contains(word) { return word }
        strip(&utf8)
        // Remove the trailing vowel(s) left behind: "injury"/"injure"/"injur-ed" → "injur".
        while utf8.count > 3, let last = utf8.last, isVowel(last) { utf8.removeLast() }
        return String(decoding: utf8, as: UTF8.self)
    }

    private static let suffixes: [[UInt8]] = [
        "ingly", "edly", "ings", "ions", "ing", "ion", "ies", "ied", "ed", "es", "ly", "s",
    ].map { Array($0.utf8) }

    /// Strips one inflectional suffix, keeping at least three letters of stem.
    private static func strip(_ utf8: inout [UInt8]) {
        for suffix in suffixes where utf8.count - suffix.count >= 3 && utf8.ends(with: suffix) {
            switch suffix.count == 1 ? suffix[0] : 0 {
            case UInt8(ascii: "s"):
                // "ss", "us" and "is" endings are not plurals ("embass", "status", "crisis").
                let before = utf8[utf8.count - 2]
                if before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") { return }
            default:
                break
            }
            utf8.removeLast(suffix.count)
            if suffix.count == 2, suffix[0] == UInt8(ascii: "e"), suffix[1] == UInt8(ascii: "s"), let last = utf8.last,
                !isSibilant(last, utf8)
            {
                utf8.append(UInt8(ascii: "e"))  // "missiles" → "missile"; "taxes" → "tax"
            }
            return
        }
    }

    /// The transliteration fold applied after stemming and synonym lookup.
    ///
    /// Collapses doubled letters and maps every vowel after the first letter to one of three
    /// classes (a; e/i/y; o/u), collapsing runs of vowels to the first one's class.
    static func fold(_ stem: String) -> String {
        let utf8 = Array(stem.utf8)
        guard utf8.count > 2, utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "-") }) else { return stem }
        var out: [UInt8] = [utf8[0]]
        out.reserveCapacity(utf8.count)
        var previousWasVowel = isVowel(utf8[0])
        for byte in utf8.dropFirst() {
            if isVowel(byte) {
                if previousWasVowel { continue }
                previousWasVowel = true
                switch byte {
                case UInt8(ascii: "a"): out.append(UInt8(ascii: "a"))
                case UInt8(ascii: "o"), UInt8(ascii: "u"): out.append(UInt8(ascii: "u"))
                default: out.append(UInt8(ascii: "i"))
                }
            } else {
                previousWasVowel = false
                if out.last == byte { continue }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Folds Latin letters with diacritics to ASCII ("é" → "e", "ş" → "s"), for names
    /// written with and without accents. Other scripts pass through.
    static func foldLatin(_ word: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(word.unicodeScalars.count)
        for scalar in word.unicodeScalars {
            if scalar.value < 0x80 {
                out.unicodeScalars.append(scalar)
            } else if let base = latinBase[scalar.value] {
                out.unicodeScalars.append(base)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let latinBase: [UInt32: Unicode.Scalar] = {
        let groups: [(String, Unicode.Scalar)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
            ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"),
            ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"),
            ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ]
        var table: [UInt32: Unicode.Scalar] = [:]
        for (letters, base) in groups { for scalar in letters.unicodeScalars { table[scalar.value] = base } }
        return table
    }()

    private static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
            UInt8(ascii: "y"):
            true
        default: false
        }
    }

    /// Whether "-es" after this stem is a plural ending of its own ("taxes", "crashes").
    private static func isSibilant(_ last: UInt8, _ stem: [UInt8]) -> Bool {
        if last == UInt8(ascii: "x") || last == UInt8(ascii: "z") || last == UInt8(ascii: "s") { return true }
        if last == UInt8(ascii: "h"), stem.count >= 2 {
            let before = stem[stem.count - 2]
            return before == UInt8(ascii: "c") || before == UInt8(ascii: "s")
        }
        return false
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
