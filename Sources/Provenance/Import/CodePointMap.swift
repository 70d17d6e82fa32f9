/// Converts UTF-8 byte offsets into a text to Unicode code-point (scalar)
/// offsets, the unit of the export contract (`text[start:end] == exact` in
/// Python, `substr()` in SQLite).
///
/// Import and extraction work in bytes for speed; only exported offsets need
/// code points. The map keeps the number of scalars that start before every
/// 64th byte, so a lookup is one table read plus a scan of at most 63 bytes.
///
/// ```swift
/// let map = CodePointMap(article.text)
/// let start = map.codePointOffset(ofByte: region.lowerBound)
/// ```
public struct CodePointMap: Sendable {
    private static let blockShift = 6
    private static let blockSize = 1 << blockShift

    private let bytes: [UInt8]
    /// `prefix[k]`: scalars that start before byte `k * 64`.
    private let prefix: [Int]

    public init(_ text: String) {
        self.init(utf8: Array(text.utf8))
    }

    public init(utf8 bytes: [UInt8]) {
        self.bytes = bytes
        var prefix = [Int]()
        prefix.reserveCapacity(bytes.count >> Self.blockShift + 1)
        var scalars = 0
        for (index, byte) in bytes.enumerated() {
            if index & (Self.blockSize - 1) == 0 { prefix.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        if bytes.count & (Self.blockSize - 1) == 0 { prefix.append(scalars) }
        self.prefix = prefix
    }

    /// Number of code points in the text.
    public var codePointCount: Int { codePointOffset(ofByte: bytes.count) }

    /// The code-point offset of byte offset `byte` (0...utf8 count). For an
    /// offset inside a multi-byte character, the offset just past that
    /// character's code point.
    public func codePointOffset(ofByte byte: Int) -> Int {
        precondition(byte >= 0 && byte <= bytes.count, "byte offset \(byte) outside 0...\(bytes.count)")
        let block = byte >> Self.blockShift
        var count = prefix[block]
        var index = block << Self.blockShift
        while index < byte {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// The code-point range of a UTF-8 byte range.
    public func codePointRange(ofBytes range: Range<Int>) -> Range<Int> {
        codePointOffset(ofByte: range.lowerBound)..<codePointOffset(ofByte: range.upperBound)
    }

    /// The byte offset where code point number `codePoint` starts (the
    /// text's byte count for the end), by binary search on the table.
    public func byteOffset(ofCodePoint codePoint: Int) -> Int {
        precondition(codePoint >= 0 && codePoint <= codePointCount, "code point \(codePoint) outside the text")
        var low = 0
        var high = prefix.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if prefix[middle] <= codePoint { low = middle } else { high = middle - 1 }
        }
        var index = low << Self.blockShift
        var count = prefix[low]
        while index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 {
                if count == codePoint { return index }
                count += 1
            }
            index += 1
        }
        return bytes.count
    }
}
