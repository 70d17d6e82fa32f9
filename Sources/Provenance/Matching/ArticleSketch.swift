/// A compact fingerprint of an article's body for finding near-duplicates: wire copy,
/// syndication and scraped reposts carry the same text under other outlets, with another
/// headline, an added line or a different footer.
///
/// The body is cut into overlapping runs of five words (shingles); two articles' similarity is
/// the Jaccard overlap of their shingle sets. The sketch keeps only the ``size`` smallest shingle
/// hashes (a bottom-k MinHash), which estimates that overlap from 24 numbers per article, so a
/// hundred thousand articles fit in a few megabytes.
public struct ArticleSketch: Sendable, Hashable {
    /// The smallest shingle hashes, ascending and distinct.
    public var hashes: [UInt64]

    /// How many hashes a sketch keeps.
    public static let size = 24
    /// Words per shingle: long enough that two unrelated articles share almost none.
    static let shingleWords = 5

    public init(hashes: [UInt64]) {
        self.hashes = hashes
    }

    /// The sketch of the analysed regions (``ParsedArticle/regions``) of an article.
    public init(_ article: ParsedArticle) {
        var words: [UInt64] = []
        var text = article.text
        text.withUTF8 { bytes in
            for region in article.regions where region.upperBound <= bytes.count {
                Self.words(in: UnsafeBufferPointer(rebasing: bytes[region]), into: &words)
            }
        }
        // The smallest distinct hashes, kept sorted as they come: past the first few dozen
        // shingles almost every hash is larger than all kept ones and costs one comparison
        // (sorting every shingle was a quarter of the sketch's time).
        var kept: [UInt64] = []
        kept.reserveCapacity(Self.size + 1)
        if words.count >= Self.shingleWords {
            for start in 0...(words.count - Self.shingleWords) {
                var hash: UInt64 = 0x84222325_cbf29ce4
                for word in words[start..<(start + Self.shingleWords)] {
                    hash = Self.mix(hash ^ word)
                }
                if kept.count == Self.size, hash >= kept[Self.size - 1] { continue }
                var position = kept.count
                while position > 0, kept[position - 1] > hash { position -= 1 }
                guard position == 0 || kept[position - 1] != hash else { continue }
                kept.insert(hash, at: position)
                if kept.count > Self.size { kept.removeLast() }
            }
        }
        hashes = kept
    }

    /// Estimated Jaccard similarity of the two articles' shingle sets: of the `size` smallest
    /// hashes of the union, the share both sketches hold.
    public func similarity(to other: ArticleSketch) -> Double {
        guard !hashes.isEmpty, !other.hashes.isEmpty else { return 0 }
        var mine = 0
        var theirs = 0
        var union = 0
        var shared = 0
        while union < Self.size, mine < hashes.count || theirs < other.hashes.count {
            let a = mine < hashes.count ? hashes[mine] : .max
            let b = theirs < other.hashes.count ? other.hashes[theirs] : .max
            if a == b {
                shared += 1
                mine += 1
                theirs += 1
            } else if a < b {
                mine += 1
            } else {
                theirs += 1
            }
            union += 1
        }
        return Double(shared) / Double(union)
    }

    /// Words as 64-bit hashes of their lower-cased letters and digits; anything else separates
    /// words, and bytes of other scripts count as letters.
    private static func words(in bytes: UnsafeBufferPointer<UInt8>, into words: inout [UInt64]) {
        var hash: UInt64 = 0xcbf29ce4_84222325
        var length = 0
        for byte in bytes {
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            let isWordByte =
                (lowered >= 0x61 && lowered <= 0x7A) || (lowered >= 0x30 && lowered <= 0x39) || lowered >= 0x80
            if isWordByte {
                hash = (hash ^ UInt64(lowered)) &* 0x100_0000_01b3
                length += 1
            } else if length > 0 {
                words.append(hash)
                hash = 0xcbf29ce4_84222325
                length = 0
            }
        }
        if length > 0 { words.append(hash) }
    }

    /// SplitMix64's finaliser: spreads every input bit over the output.
    @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The form stored in SQLite: eight little-endian bytes per hash.
    public var blob: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hashes.count * 8)
        for hash in hashes {
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: hash >> UInt64(shift))) }
        }
        return bytes
    }

    /// Reads ``blob`` back.
    public init(blob: [UInt8]) {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(blob.count / 8)
        var index = 0
        while index + 8 <= blob.count {
            var hash: UInt64 = 0
            for offset in 0..<8 { hash |= UInt64(blob[index + offset]) << UInt64(offset * 8) }
            hashes.append(hash)
            index += 8
        }
        self.hashes = hashes
    }
}
