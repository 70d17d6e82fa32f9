/// Byte-level character classes for UTF-8 news text.
///
/// Extraction never builds `Character`s: it classifies bytes and the few
/// three-byte punctuation marks news uses (curly quotes, dashes), which keeps
/// it fast enough for corpora of 100k articles (STYLE.md, "Text processing speed").
extension MentionExtractor {
    enum ByteText {
        static let space: UInt8 = 0x20
        static let period: UInt8 = 0x2E
        static let comma: UInt8 = 0x2C

        @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
            b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C
        }
        @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
        @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isAlpha(b) || isDigit(b) }
        @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

        /// Three-byte punctuation beginning `E2 80 xx`.
        enum Wide: UInt8 {
            case enDash = 0x93, emDash = 0x94, leftSingle = 0x98, rightSingle = 0x99
            case leftDouble = 0x9C, rightDouble = 0x9D, ellipsis = 0xA6
        }

        /// The wide punctuation mark starting at `i`, if any.
        @inline(__always)
        static func wide(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Wide? {
            guard i + 2 < end, p[i] == 0xE2, p[i + 1] == 0x80 else { return nil }
            return Wide(rawValue: p[i + 2])
        }

        /// True for bytes that belong to a word: ASCII letters and digits, and any
        /// non-ASCII byte that is not wide punctuation (accented letters).
        @inline(__always)
        static func isWordByte(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
            let b = p[i]
            if b < 0x80 { return isAlnum(b) }
            if b == 0xE2, i + 1 < end, p[i + 1] == 0x80 { return false }
            if b == 0xC2, i + 1 < end, p[i + 1] == 0xA0 { return false }  // no-break space
            return true
        }

        /// FNV-1a over lowercased bytes, with `’` folded to `'`, so that lexicon
        /// lookups are one hash and one dictionary probe per word.
        @inline(__always)
        static func hash(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var i = start
            while i < end {
                var b = p[i]
                if b == 0xE2, i + 2 < end, p[i + 1] == 0x80, p[i + 2] == 0x99 {
                    b = 0x27
                    i += 2
                }
                h = (h ^ UInt64(lower(b))) &* 0x100_0000_01b3
                i += 1
            }
            return h
        }

        static func hash(_ s: String) -> UInt64 {
            var copy = Array(s.utf8)
            return copy.withUnsafeMutableBufferPointer { m in
                hash(UnsafeBufferPointer(m), 0, m.count)
            }
        }

        /// True when the bytes in `r` end with the ASCII `suffix`.
        static func hasSuffix(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard r.count >= n else { return false }
            let base = r.upperBound - n
            for k in 0..<n where p[base + k] != suffix.utf8Start[k] { return false }
            return true
        }

        static func string(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self)
        }
    }
}
