/// An article's UTF-8 bytes with cheap conversions to the Unicode code-point
/// offsets that the store and the export contract use.
///
/// Extraction works on byte offsets (fast); SQLite's `substr()` and Python
/// slicing count code points. A checkpoint every 64 bytes makes each
/// conversion a table read plus a scan of at most 63 bytes.
struct UTF8Text {
    let bytes: [UInt8]
    private let checkpoints: [Int32]
    private static let stride = 64

    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var checkpoints: [Int32] = []
        checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
        var scalars: Int32 = 0
        for (offset, byte) in bytes.enumerated() {
            if offset % Self.stride == 0 { checkpoints.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        if bytes.count % Self.stride == 0 { checkpoints.append(scalars) }
        self.checkpoints = checkpoints
    }

    /// The code-point offset of the scalar that starts at (or contains) byte `offset`.
    func codePointOffset(ofByte offset: Int) -> Int {
        let offset = min(max(offset, 0), bytes.count)
        let block = offset / Self.stride
        var scalars = Int(checkpoints[block])
        var index = block * Self.stride
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
            index += 1
        }
        return scalars
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
