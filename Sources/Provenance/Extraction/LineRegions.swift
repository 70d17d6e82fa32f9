/// Regions for plain text without an importer: every non-empty line, after a
/// YAML front-matter block between `---` lines at the top.
///
/// Tests and benchmarks use it; it is what an importer produces before it
/// removes page furniture.
extension MentionExtractor {
    static func lineRegions(of text: String) -> (regions: [Range<Int>], headline: Range<Int>?) {
        var copy = text
        return copy.withUTF8 { p in
            var regions: [Range<Int>] = []
            var lines: [Range<Int>] = []
            var s = 0
            for i in 0..<p.count where p[i] == 0x0A {
                lines.append(s..<i)
                s = i + 1
            }
            if s < p.count { lines.append(s..<p.count) }
            var first = 0
            if let l0 = lines.first, trimmed(p, l0) == [0x2D, 0x2D, 0x2D] {
                for k in 1..<lines.count where trimmed(p, lines[k]) == [0x2D, 0x2D, 0x2D] {
                    first = k + 1
                    break
                }
            }
            for k in first..<max(first, lines.count) {
                var r = lines[k]
                while r.lowerBound < r.upperBound, ByteText.isSpace(p[r.lowerBound]) {
                    r = (r.lowerBound + 1)..<r.upperBound
                }
                while r.upperBound > r.lowerBound, ByteText.isSpace(p[r.upperBound - 1]) {
                    r = r.lowerBound..<(r.upperBound - 1)
                }
                if !r.isEmpty { regions.append(r) }
            }
            var headline: Range<Int>? = nil
            if let h = regions.first {
                let last = p[h.upperBound - 1]
                if last != 0x2E && last != 0x22 && h.count < 200 { headline = h }
            }
            return (regions, headline)
        }
    }

    private static func trimmed(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> [UInt8] {
        var a = r.lowerBound
        var b = r.upperBound
        while a < b, ByteText.isSpace(p[a]) { a += 1 }
        while b > a, ByteText.isSpace(p[b - 1]) { b -= 1 }
        return Array(p[a..<b])
    }

    /// A `ParsedArticle` for `text` with line regions, for tests and timing.
    static func plainArticle(path: String, text: String) -> ParsedArticle {
        let (regions, headline) = lineRegions(of: text)
        var outlet: String? = nil
        if text.hasPrefix("---") {
            for line in text.split(separator: "\n", maxSplits: 12) where line.hasPrefix("outlet:") {
                let value = line.dropFirst(7).drop { $0 == " " || $0 == "\"" }
                outlet = String(value.reversed().drop { $0 == " " || $0 == "\"" || $0 == "\r" }.reversed())
            }
        }
        return ParsedArticle(
            path: path, sha256: "", text: text, title: nil, outlet: outlet, url: nil, published: nil,
            regions: regions, headline: headline)
    }
}
