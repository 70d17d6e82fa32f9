#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Cuts an import's files into batches by count and by bytes.
///
/// Why: an import holds about three batches at once (one being read and extracted, one planned,
/// one written), each with its files' text and everything extracted from it, so its memory follows
/// a batch's bytes, not its file count. Cut by count alone, 1,000 files of 1 MB took 3 GB. A batch
/// therefore ends at `maxFiles` files or once it holds `maxBytes` bytes of files, whatever the
/// count; a file larger than `maxBytes` is a batch of its own.
struct BatchCutter: Sendable {
    /// The bytes of files in a batch, whatever `--batch-size` says: 64 MB keeps an import of large
    /// files within a few hundred MB, and a batch of 1,000 typical news articles (5–10 KB) is far below it.
    static let defaultMaxBytes = 64 << 20

    var maxFiles: Int
    var maxBytes: Int

    /// The batches, as ranges of positions in `sizes` (the files' sizes in bytes, in import order).
    func batches(sizes: [Int]) -> [Range<Int>] {
        var batches: [Range<Int>] = []
        var start = 0
        var bytes = 0
        for (position, size) in sizes.enumerated() {
            let count = position - start
            if count > 0, count >= maxFiles || bytes + size > maxBytes {
                batches.append(start..<position)
                start = position
                bytes = 0
            }
            bytes += size
        }
        if start < sizes.count { batches.append(start..<sizes.count) }
        return batches
    }

    /// The size of the file at `path` in bytes; 0 when it cannot be read (reading it reports why).
    static func size(ofFile path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }
}
