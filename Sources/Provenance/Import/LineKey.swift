/// Fingerprints of a line's words, used to spot lines that repeat: a
/// headline repeated under the front matter, a caption printed twice.
///
/// Only letters and digits count, ASCII-lowercased, so "Iran’s" and
/// "Iran's", or a trailing no-break space, do not make two copies differ.
enum LineKey {
    /// The hash of a line with no letters or digits.
    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a over the line's letters and digits.
    static func hash(_ line: LineView) -> UInt64 {
        var hash = emptyHash
        forEachWordByte(line) { byte, _ in
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    /// Hashes of the line's words (runs of letters and digits), sorted and
    /// without repeats.
    static func wordHashes(_ line: LineView) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        forEachWordByte(line) { byte, startsWord in
            if startsWord, inWord {
                hashes.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
            }
            inWord = true
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        if inWord { hashes.append(hash) }
        hashes.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(hashes.count)
        for value in hashes where unique.last != value { unique.append(value) }
        return unique
    }

    /// Calls `body` for each letter or digit byte (lowercased), saying
    /// whether it starts a new word. Curly quotes, dashes and other
    /// punctuation from the U+2000 block and no-break spaces are skipped.
    @inline(__always)
    private static func forEachWordByte(_ line: LineView, _ body: (UInt8, Bool) -> Void) {
        let bytes = line.bytes
        var index = line.range.lowerBound
        var startsWord = true
        while index < line.range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                let lowered = byte &- 0x41 < 26 ? byte | 0x20 : byte
                if lowered &- 0x61 < 26 || lowered &- 0x30 < 10 {
                    body(lowered, startsWord)
                    startsWord = false
                } else if byte != 0x27 {  // an apostrophe does not split a word
                    startsWord = true
                }
                index += 1
            } else if byte == 0xE2, index + 2 < line.range.upperBound, bytes[index + 1] == 0x80 {
                if bytes[index + 2] != 0x99 { startsWord = true }  // ’ does not split a word
                index += 3
            } else if byte == 0xC2, index + 1 < line.range.upperBound, bytes[index + 1] < 0xC0 {
                startsWord = true
                index += 2
            } else {
                body(byte, startsWord)
                startsWord = false
                index += 1
            }
        }
    }

    /// Jaccard similarity of two sorted, unique word-hash lists.
    static func similarity(_ left: [UInt64], _ right: [UInt64]) -> Double {
        var i = 0
        var j = 0
        var shared = 0
        while i < left.count, j < right.count {
            if left[i] == right[j] {
                shared += 1
                i += 1
                j += 1
            } else if left[i] < right[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let union = left.count + right.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// A tag or keyword list ("US, Iran, military, troops, …"): many commas
    /// with one to three words between them, and no sentence end.
    static func isKeywordList(_ line: LineView) -> Bool {
        var commas = 0
        for index in line.range where line.bytes[index] == UInt8(ascii: ",") { commas += 1 }
        return commas >= 5 && line.wordCount <= (commas + 1) * 3
    }
}

/// Word sets of lines, computed on demand, for spotting near copies: a
/// caption that repeats a paragraph with a word or two changed.
struct WordSets {
    let views: [LineView]
    private var cache: [[UInt64]?]

    /// Two lines whose word sets overlap this much (Jaccard) are copies.
    static let nearCopyThreshold = 0.8

    init(views: [LineView]) {
        self.views = views
        cache = Array(repeating: nil, count: views.count)
    }

    private mutating func words(_ index: Int) -> [UInt64] {
        if let cached = cache[index] { return cached }
        let computed = LineKey.wordHashes(views[index])
        cache[index] = computed
        return computed
    }

    /// Whether another line without final punctuation (a caption, as this
    /// one may be) has nearly the same words. Comparing with every paragraph
    /// too cost a tenth of import time and found nothing more in the dev set.
    mutating func hasNearCopy(of index: Int) -> Bool {
        let mine = words(index)
        guard mine.count >= 4 else { return false }
        for other in views.indices where other != index && !views[other].endsSentence {
            let length = views[other].count
            let ratio = Double(length) / Double(views[index].count)
            guard ratio > 0.6, ratio < 1.6 else { continue }
            if LineKey.similarity(mine, words(other)) >= Self.nearCopyThreshold { return true }
        }
        return false
    }

}
