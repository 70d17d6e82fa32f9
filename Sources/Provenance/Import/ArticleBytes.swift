import Crypto

/// Checks on an article file's raw bytes, made before anything is decoded:
/// is it text at all, is it UTF-8, and what is its content hash.
///
/// These run on every imported file, so they work on the bytes directly
/// (one pass each, with an ASCII fast path) rather than through `String`.
enum ArticleBytes {
    /// How far into a file a NUL byte marks it as binary. Git and grep use
    /// the same rule: text files do not hold NULs, binary files almost always
    /// do near the start.
    static let binarySniffLength = 8192

    /// Throws ``ProvenanceError/binaryFile(path:)`` when a NUL byte occurs in
    /// the first ``binarySniffLength`` bytes, and
    /// ``ProvenanceError/notUTF8(path:byteOffset:)`` with the offset of the
    /// first byte that is not well-formed UTF-8.
    static func validate(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws(ProvenanceError) {
        let sniff = min(bytes.count, binarySniffLength)
        for index in 0..<sniff where bytes[index] == 0 {
            throw .binaryFile(path: path)
        }
        if let offset = firstInvalidUTF8Offset(bytes) {
            throw .notUTF8(path: path, byteOffset: offset)
        }
    }

    /// The offset of the first byte that does not belong to a well-formed
    /// UTF-8 sequence (overlong forms, surrogates and values past U+10FFFF
    /// are ill-formed, as in the Unicode standard's table 3-7), or nil.
    static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + 1 < count, (low...high).contains(bytes[index + 1]) else { return index }
            for next in 2..<length {
                guard index + next < count, bytes[index + next] & 0xC0 == 0x80 else { return index }
            }
            index += length
        }
        return nil
    }

    /// Lowercase hex SHA-256 of the bytes, as stored and exported.
    static func sha256Hex(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let digest = SHA256.hash(data: bytes)
        let hexDigits = Array("0123456789abcdef".utf8)
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
