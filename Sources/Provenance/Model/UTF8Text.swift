/// An article's UTF-8 bytes with what the store needs to turn extraction's
/// byte ranges into stored text: code-point offsets (through ``CodePointMap``),
/// substrings that never cut a scalar in half, and 32-scalar context.
struct UTF8Text {
    let bytes: [UInt8]
    private let map: CodePointMap

    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        self.map = CodePointMap(utf8: bytes)
    }

    /// The code-point offset of the scalar that starts at (or contains) byte `offset`.
    func codePointOffset(ofByte offset: Int) -> Int {
        map.codePointOffset(ofByte: scalarStart(atOrBefore: offset))
    }

    /// The text of a byte range, widened to whole scalars.
    func string(_ range: Range<Int>) -> String {
        let lower = scalarStart(atOrBefore: range.lowerBound)
        let upper = scalarStart(atOrBefore: range.upperBound)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The byte offset `count` scalars before `offset` (or the start of the text).
    func byteOffset(scalars count: Int, before offset: Int) -> Int {
        var index = scalarStart(atOrBefore: offset)
        var remaining = count
        while remaining > 0, index > 0 {
            index -= 1
            while index > 0, bytes[index] & 0xC0 == 0x80 { index -= 1 }
            remaining -= 1
        }
        return index
    }

    /// The byte offset `count` scalars after `offset` (or the end of the text).
    func byteOffset(scalars count: Int, after offset: Int) -> Int {
        var index = scalarStart(atOrBefore: offset)
        var remaining = count
        while remaining > 0, index < bytes.count {
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            remaining -= 1
        }
        return index
    }

    /// Moves a byte offset back to the first byte of the scalar holding it.
    func scalarStart(atOrBefore offset: Int) -> Int {
        var index = min(max(offset, 0), bytes.count)
        while index > 0, index < bytes.count, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }
}
