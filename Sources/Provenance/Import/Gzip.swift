import CLibXML2

/// Gzip decompression through zlib (Foundation on Linux has none).
enum Gzip {
    /// Whether `bytes` start with the gzip magic number.
    static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The inflated bytes of gzip data, or nil when they are not whole,
    /// well-formed gzip.
    static func gunzip(_ bytes: [UInt8]) -> [UInt8]? {
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        let code = bytes.withUnsafeBufferPointer { clibxml2_gunzip($0.baseAddress, $0.count, &output, &length) }
        guard code == Z_OK, let output else { return nil }
        defer { free(output) }
        return Array(UnsafeBufferPointer(start: output, count: length))
    }
}
