/// One non-empty line of an article body, located by UTF-8 byte offsets.
///
/// `range` is the line with surrounding whitespace (ASCII, no-break and other
/// Unicode spaces, a BOM) and leading list or Markdown markers (`•`, `- `,
/// `* `, `# `, `> `) trimmed off, because those are layout, not text a
/// mention could quote. `lineNumber` is 1-based within the whole file.
struct TextLine: Equatable {
    var range: Range<Int>
    var lineNumber: Int
    /// Whether a list bullet (`•`, `-`, `*`, `+`, `–`) was trimmed off the front.
    var isListItem: Bool = false
}

/// Splits bytes into ``TextLine``s without building a `String` per line.
enum LineScanner {
    /// The non-empty lines of `bytes[start...]`. Lines end at `\n`, `\r\n`
    /// or a lone `\r`; `firstLineNumber` is the line number of `start`.
    static func lines(
        in bytes: UnsafeBufferPointer<UInt8>,
        from start: Int,
        firstLineNumber: Int
    ) -> [TextLine] {
        var result: [TextLine] = []
        result.reserveCapacity(64)
        var lineStart = start
        var lineNumber = firstLineNumber
        var index = start
        let count = bytes.count
        while index <= count {
            let atEnd = index == count
            let byte: UInt8 = atEnd ? 0x0A : bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if let range = trimmed(bytes, lineStart..<index) {
                    let isListItem = range.lowerBound > lineStart && isBullet(bytes, lineStart..<range.lowerBound)
                    result.append(TextLine(range: range, lineNumber: lineNumber, isListItem: isListItem))
                }
                if byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                lineStart = index
                lineNumber += 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// The range without surrounding spaces and leading layout markers, or
    /// nil when nothing is left.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while upper > lower {
            let width = trailingSpaceWidth(bytes, lower, upper)
            if width == 0 { break }
            upper -= width
        }
        while true {
            while lower < upper {
                let width = leadingSpaceWidth(bytes, lower, upper)
                if width == 0 { break }
                lower += width
            }
            let marker = leadingMarkerWidth(bytes, lower, upper)
            if marker == 0 { break }
            lower += marker
        }
        return lower < upper ? lower..<upper : nil
    }

    /// Whether the trimmed-off front of a line holds a list bullet.
    private static func isBullet(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range {
            switch bytes[index] {
            case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"): return true
            case 0xE2:
                if index + 2 < range.upperBound, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x96 { return true }
            default: continue
            }
        }
        return false
    }

    /// Width of a space character starting at `index`: ASCII blanks, U+00A0,
    /// U+FEFF (BOM), U+2000–U+200B, U+202F, U+205F, U+3000; else 0.
    static func leadingSpaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x20, 0x09, 0x0B, 0x0C, 0x0D: return 1
        case 0xC2: return index + 1 < end && bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE2, 0xE3, 0xEF:
            guard index + 2 < end else { return 0 }
            return isWideSpace(byte, bytes[index + 1], bytes[index + 2]) ? 3 : 0
        default: return 0
        }
    }

    /// Width of a space character that ends just before `end`, else 0.
    static func trailingSpaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        let last = bytes[end - 1]
        switch last {
        case 0x20, 0x09, 0x0B, 0x0C, 0x0D: return 1
        case 0xA0: return end - 2 >= start && bytes[end - 2] == 0xC2 ? 2 : 0
        default:
            guard end - 3 >= start else { return 0 }
            return isWideSpace(bytes[end - 3], bytes[end - 2], last) ? 3 : 0
        }
    }

    private static func isWideSpace(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        switch (b0, b1) {
        case (0xE2, 0x80): return (0x80...0x8B).contains(b2) || b2 == 0xAF
        case (0xE2, 0x81): return b2 == 0x9F
        case (0xE3, 0x80): return b2 == 0x80
        case (0xEF, 0xBB): return b2 == 0xBF
        default: return false
        }
    }

    /// Width of a list bullet or Markdown block marker at `index` (with the
    /// space after it), else 0: `•`/`▪`/`·`, `- `, `* `, `+ `, `– `, `> `,
    /// and `#`…`######` followed by a space.
    static func leadingMarkerWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        guard index < end else { return 0 }
        let byte = bytes[index]
        func spaceAfter(_ width: Int) -> Bool {
            index + width < end && (bytes[index + width] == 0x20 || bytes[index + width] == 0x09)
        }
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ">"):
            return spaceAfter(1) ? 2 : 0
        case UInt8(ascii: "#"):
            var width = 1
            while width < 6, index + width < end, bytes[index + width] == UInt8(ascii: "#") { width += 1 }
            return spaceAfter(width) ? width + 1 : 0
        case 0xE2:
            // • U+2022, ▪ U+25AA, – U+2013
            guard index + 2 < end else { return 0 }
            let pair = (bytes[index + 1], bytes[index + 2])
            if pair == (0x80, 0xA2) || pair == (0x96, 0xAA) { return 3 }
            if pair == (0x80, 0x93) { return spaceAfter(3) ? 4 : 0 }
            return 0
        case 0xC2:
            // · U+00B7
            return index + 1 < end && bytes[index + 1] == 0xB7 ? 2 : 0
        default:
            return 0
        }
    }
}
