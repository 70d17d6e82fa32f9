/// Read-only questions about one line's bytes, asked while deciding whether
/// the line is article text or page furniture.
///
/// Matching is ASCII case-insensitive against lowercase patterns; non-ASCII
/// bytes compare exactly. Nothing here allocates except ``lowercasedCore``.
struct LineView {
    let bytes: UnsafeBufferPointer<UInt8>
    let range: Range<Int>

    var count: Int { range.count }

    /// The byte at `offset` from the start of the line, ASCII-lowercased.
    @inline(__always)
    func lower(_ offset: Int) -> UInt8 {
        let byte = bytes[range.lowerBound + offset]
        return byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    func hasPrefix(_ pattern: [UInt8]) -> Bool {
        guard pattern.count <= count else { return false }
        for index in 0..<pattern.count where lower(index) != pattern[index] { return false }
        return true
    }

    /// Case-sensitive prefix test, for all-capitals markers such as "RELATED ".
    func hasExactPrefix(_ pattern: [UInt8]) -> Bool {
        guard pattern.count <= count else { return false }
        for index in 0..<pattern.count where bytes[range.lowerBound + index] != pattern[index] { return false }
        return true
    }

    func contains(_ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, pattern.count <= count else { return false }
        var start = 0
        while start + pattern.count <= count {
            if lower(start) == first {
                var index = 1
                while index < pattern.count, lower(start + index) == pattern[index] { index += 1 }
                if index == pattern.count { return true }
            }
            start += 1
        }
        return false
    }

    /// Whether `pattern` occurs as a whole word (not inside a longer word).
    func containsWord(_ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, pattern.count <= count else { return false }
        var start = 0
        while start + pattern.count <= count {
            if lower(start) == first, start == 0 || !isWordByte(lower(start - 1)) {
                var index = 1
                while index < pattern.count, lower(start + index) == pattern[index] { index += 1 }
                let end = start + pattern.count
                if index == pattern.count, end == count || !isWordByte(lower(end)) { return true }
            }
            start += 1
        }
        return false
    }

    /// The line lowercased, without trailing `:`, `.`, `»`, `…` and spaces,
    /// so "Share this:" and "Related Posts:" compare equal to their patterns.
    /// Nil for long lines, which no exact pattern matches.
    func lowercasedCore(maxLength: Int = 48) -> [UInt8]? {
        var end = count
        while end > 0 {
            let byte = lower(end - 1)
            if byte == 0x3A || byte == 0x2E || byte == 0x20 || byte == 0x7C {
                end -= 1
            } else if byte == 0xBB, end >= 2, lower(end - 2) == 0xC2 {
                end -= 2
            } else if byte == 0xA6, end >= 3, lower(end - 3) == 0xE2, lower(end - 2) == 0x80 {
                end -= 3
            } else {
                break
            }
        }
        guard end > 0, end <= maxLength else { return nil }
        return (0..<end).map(lower)
    }

    /// Words separated by spaces (ASCII blanks or U+00A0).
    var wordCount: Int {
        var words = 0
        var inWord = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            let isSpace =
                byte == 0x20 || byte == 0x09
                || (byte == 0xC2 && index + 1 < range.upperBound && bytes[index + 1] == 0xA0)
            if isSpace {
                inWord = false
                if byte == 0xC2 { index += 1 }
            } else if !inWord {
                inWord = true
                words += 1
            }
            index += 1
        }
        return words
    }

    /// Whether the line ends like a sentence: `.`, `!`, `?`, `…`, `:` or `;`,
    /// possibly followed by closing quotes or brackets (`."`, `.”`, `?)`).
    /// A bracket alone does not: "… (AFP/File photo)" is a caption's credit.
    var endsSentence: Bool {
        var end = range.upperBound
        while end > range.lowerBound {
            let byte = bytes[end - 1]
            if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D || byte == 0x2A {
                end -= 1
            } else if end - 3 >= range.lowerBound, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
                byte == 0x9D || byte == 0x99
            {
                end -= 3  // ” or ’
            } else if end - 2 >= range.lowerBound, bytes[end - 2] == 0xC2, byte == 0xBB {
                end -= 2  // »
            } else {
                break
            }
        }
        guard end > range.lowerBound else { return false }
        let last = bytes[end - 1]
        switch last {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"):
            return true
        case 0xA6:
            return end - 3 >= range.lowerBound && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80
        default:
            return false
        }
    }

    /// Whether the line ends with a full stop (after closing quotes), the
    /// mark that tells a sentence from a headline.
    var endsWithPeriod: Bool {
        var end = range.upperBound
        while end > range.lowerBound {
            let byte = bytes[end - 1]
            if byte == 0x22 || byte == 0x27 || byte == 0x29 {
                end -= 1
            } else if end - 3 >= range.lowerBound, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
                byte == 0x9D || byte == 0x99
            {
                end -= 3
            } else {
                break
            }
        }
        return end > range.lowerBound && bytes[end - 1] == UInt8(ascii: ".")
    }

    /// Whether the first character is a lowercase letter (any script).
    var startsLowercase: Bool {
        guard let scalar = firstScalar else { return false }
        return scalar.properties.isLowercase
    }

    /// Whether the line reads as the continuation of a sentence broken across
    /// lines (dropped hyperlink words leave such breaks): it starts with a
    /// lowercase letter or with `,` `;` `:` `.` `)` or a closing quote.
    var startsContinuation: Bool {
        guard let scalar = firstScalar else { return false }
        if scalar.properties.isLowercase { return true }
        switch scalar {
        case ",", ";", ":", ".", ")", "\u{201D}", "\u{2019}": return true
        default: return false
        }
    }

    var firstScalar: Unicode.Scalar? {
        guard !range.isEmpty else { return nil }
        var iterator = UnsafeBufferPointer(rebasing: bytes[range]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// The line decoded as a `String`; only for the few lines kept as values.
    var string: String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
}

/// Letters, digits and any non-ASCII byte count as word characters.
@inline(__always)
func isWordByte(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte >= 0x80
}
