/// Recognises photo captions and credits that a scraped page leaves as lines
/// of their own, so their words are not read as the article's claims.
///
/// A caption rarely ends like a sentence; these rules apply only to lines
/// without final punctuation, which keeps real paragraphs safe even when
/// they mention a photo.
enum PhotoCaption {
    /// Whether a line without final punctuation reads as a caption or credit:
    /// a trailing credit in brackets ("(AFP/File photo)", "[Getty]"), a credit
    /// at the end ("… Reuters/File", "- AP Photo/Jane Doe"), the Daily Mail's
    /// "…, pictured", or wire-photo phrasing ("In this file photo …").
    static func isCaption(_ line: LineView) -> Bool {
        if line.containsWord(pictured) { return true }
        if photoPhrases.occurs(in: line) { return true }
        if hasBracketedCredit(line) { return true }
        return hasTrailingCredit(line)
    }

    /// A final "(…)" or "[…]" group holding a credit word or a "/" (photo
    /// agency/photographer).
    private static func hasBracketedCredit(_ line: LineView) -> Bool {
        let bytes = line.bytes
        let end = line.range.upperBound
        let close = bytes[end - 1]
        guard close == UInt8(ascii: ")") || close == UInt8(ascii: "]") else { return false }
        let open = close == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
        var index = end - 2
        while index >= line.range.lowerBound, bytes[index] != open { index -= 1 }
        guard index >= line.range.lowerBound else { return false }
        let inner = LineView(bytes: bytes, range: (index + 1)..<(end - 1))
        guard inner.count > 0 else { return false }
        if inner.contains(slash) { return true }
        return creditWords.contains(where: inner.containsWord)
    }

    /// A credit word among the last few words of the line's last segment
    /// (after the last ". ", " - ", " | " or ", ").
    private static func hasTrailingCredit(_ line: LineView) -> Bool {
        let bytes = line.bytes
        var start = line.range.upperBound - 1
        var words = 0
        while start > line.range.lowerBound {
            let byte = bytes[start - 1]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ",")
            {
                if start < line.range.upperBound, bytes[start] == 0x20 { break }
            }
            if byte == 0x20 {
                words += 1
                if words >= 5 { return false }
            }
            start -= 1
        }
        // The segment must be a short tail of a longer line, not the line itself.
        guard start > line.range.lowerBound else { return false }
        let tail = LineView(bytes: bytes, range: start..<line.range.upperBound)
        return creditWords.contains(where: tail.containsWord)
    }

    private static func bytes(_ strings: [String]) -> [[UInt8]] { strings.map { Array($0.utf8) } }

    private static let pictured = Array("pictured".utf8)
    private static let slash = Array("/".utf8)

    static let photoPhrases = PhraseSet([
        "file photo", "photo taken", "in this photo", "in this image", "(photo", "photo/", "photo by",
        "photograph by", "image by", "photos by",
    ])

    /// Agencies and words that credit a picture (lowercase; whole words).
    static let creditWords: [[UInt8]] = bytes([
        "ap", "afp", "reuters", "getty", "epa", "shutterstock", "wikimedia", "photo", "photos", "images",
        "file", "handout", "xinhua", "alamy", "supplied", "pool", "istock", "dpa", "anadolu", "efe",
    ])
}
