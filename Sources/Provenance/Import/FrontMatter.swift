import Foundation
import Yams

/// The YAML front matter at the top of a Markdown or text article: a first
/// line `---`, YAML, and a closing line `---` or `...`.
///
/// Only the metadata prov uses is kept (title, outlet, url, date), read from
/// the key names that static-site generators and scrapers actually use.
struct FrontMatter: Equatable {
    var title: String?
    var outlet: String?
    var url: String?
    /// The date as written; ``ISODate`` normalises it.
    var date: String?
    /// Byte offset where the body starts: just after the closing line.
    var bodyStart: Int
    /// 1-based line number of the body's first line.
    var bodyFirstLine: Int

    /// Key spellings, compared after lowercasing and dropping `_` and `-`,
    /// in order of preference.
    static let titleKeys = ["title", "headline"]
    static let outletKeys = ["outlet", "source", "site", "publisher", "sitename", "publication"]
    static let urlKeys = ["url", "link", "canonicalurl", "sourceurl", "permalink"]
    static let dateKeys = ["date", "published", "publishdate", "pubdate", "publishedat", "datepublished"]

    /// Finds and parses front matter, or returns nil when the file has none.
    ///
    /// Throws ``ProvenanceError/malformedFrontMatter(file:line:reason:)`` when
    /// the opening `---` is never closed, when the YAML does not parse, or when
    /// it is not a mapping of keys to values. YAML that fails only because
    /// values hold unquoted `: ` (common in scraped titles) is read line by
    /// line as `key: value` instead, as Jekyll users expect.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws(ProvenanceError) -> FrontMatter? {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        guard let firstEnd = delimiterLineEnd(bytes, at: start, accepting: false) else { return nil }
        var lineStart = firstEnd
        var lineNumber = 2
        while lineStart < bytes.count {
            if let end = delimiterLineEnd(bytes, at: lineStart, accepting: true) {
                let yaml = String(decoding: UnsafeBufferPointer(rebasing: bytes[firstEnd..<lineStart]), as: UTF8.self)
                var matter = try fields(yaml: yaml, firstLine: 2, path: path)
                matter.bodyStart = end
                matter.bodyFirstLine = lineNumber + 1
                return matter
            }
            lineStart = nextLineStart(bytes, after: lineStart)
            lineNumber += 1
        }
        throw .malformedFrontMatter(file: path, line: 1, reason: "the opening '---' has no closing '---' line")
    }

    /// If the line at `index` is `---` (or, when `accepting` the closing
    /// line, `...`) with only trailing spaces, the offset just past its line
    /// break; else nil.
    private static func delimiterLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, accepting closing: Bool)
        -> Int?
    {
        guard index + 3 <= bytes.count else { return nil }
        let first = bytes[index]
        guard first == UInt8(ascii: "-") || (closing && first == UInt8(ascii: ".")),
            bytes[index + 1] == first, bytes[index + 2] == first
        else { return nil }
        var cursor = index + 3
        while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
        if cursor == bytes.count { return cursor }
        if bytes[cursor] == 0x0A { return cursor + 1 }
        if bytes[cursor] == 0x0D {
            return cursor + 1 < bytes.count && bytes[cursor + 1] == 0x0A ? cursor + 2 : cursor + 1
        }
        return nil
    }

    private static func nextLineStart(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Int {
        var cursor = index
        while cursor < bytes.count {
            let byte = bytes[cursor]
            cursor += 1
            if byte == 0x0A { return cursor }
            if byte == 0x0D { return cursor < bytes.count && bytes[cursor] == 0x0A ? cursor + 1 : cursor }
        }
        return cursor
    }

    /// The metadata fields of the YAML text that starts on file line `firstLine`.
    static func fields(yaml: String, firstLine: Int, path: String) throws(ProvenanceError) -> FrontMatter {
        let pairs: [(key: String, value: String?)]
        do {
            pairs = try yamlPairs(yaml, firstLine: firstLine, path: path)
        } catch let error as ProvenanceError {
            throw error
        } catch {
            let (line, reason) = describe(error, firstLine: firstLine)
            guard let lenient = lenientPairs(yaml) else {
                throw .malformedFrontMatter(file: path, line: line, reason: reason)
            }
            pairs = lenient
        }
        func value(_ keys: [String]) -> String? {
            for key in keys {
                if let pair = pairs.first(where: { normalizedKey($0.key) == key }), let value = pair.value {
                    return value
                }
            }
            return nil
        }
        return FrontMatter(
            title: value(titleKeys), outlet: value(outletKeys), url: value(urlKeys), date: value(dateKeys),
            bodyStart: 0, bodyFirstLine: 1)
    }

    /// Key/value pairs of a YAML mapping; values that are not plain scalars
    /// (lists, nested mappings, `null`) come back as nil.
    private static func yamlPairs(_ yaml: String, firstLine: Int, path: String) throws -> [(
        key: String, value: String?
    )] {
        guard let root = try Yams.compose(yaml: yaml) else { return [] }
        guard case .mapping(let mapping) = root else {
            let found =
                switch root {
                case .sequence: "a list"
                case .scalar: "a single value"
                default: "something else"
                }
            let line = firstLine - 1 + (root.mark?.line ?? 1)
            throw ProvenanceError.malformedFrontMatter(
                file: path, line: line, reason: "expected 'key: value' lines, found \(found)")
        }
        return mapping.map { pair in
            (key: pair.key.string ?? "", value: scalarValue(pair.value))
        }
    }

    private static func scalarValue(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node else { return nil }
        let text = trimmedValue(scalar.string)
        if scalar.style == .plain, ["~", "null", "Null", "NULL"].contains(text) { return nil }
        return text.isEmpty ? nil : text
    }

    /// The file line and a short reason for a Yams error.
    private static func describe(_ error: any Error, firstLine: Int) -> (Int, String) {
        guard let yamlError = error as? YamlError else { return (firstLine, "cannot be read as YAML") }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return (firstLine - 1 + max(mark.line, 1), problem)
        case .duplicatedKeysInMapping(let duplicates, _):
            return (firstLine, "duplicate keys: \(duplicates.joined(separator: ", "))")
        default:
            return (firstLine, "cannot be read as YAML")
        }
    }

    /// Reads `key: value` lines for front matter that strict YAML rejects.
    /// Indented lines and list items (continuations of the previous key) are
    /// skipped. Returns nil when some line has no `key:` shape, so real
    /// syntax errors are still reported.
    static func lenientPairs(_ yaml: String) -> [(key: String, value: String?)]? {
        var pairs: [(key: String, value: String?)] = []
        for rawLine in yaml.split(
            omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        {
            var line = rawLine
            while let last = line.last, last.isWhitespace { line = line.dropLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.first == " " || line.first == "\t" || line.hasPrefix("- ") { continue }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let key = line[..<colon]
            guard let first = key.first, first.isLetter || first == "_",
                key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
            else { return nil }
            let rest = line[line.index(after: colon)...]
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            var value = trimmedValue(String(rest))
            // A value that opens YAML syntax must close it on its line; else the YAML is really broken.
            let closers: [Character: Character] = ["[": "]", "{": "}", "\"": "\"", "'": "'"]
            if let open = value.first, let close = closers[open] {
                guard value.count >= 2, value.last == close else { return nil }
                if open == "\"" || open == "'" { value = String(value.dropFirst().dropLast()) }
            }
            pairs.append((key: String(key), value: value.isEmpty ? nil : value))
        }
        return pairs
    }

    private static func normalizedKey(_ key: String) -> String {
        String(key.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" })
    }

    private static func trimmedValue(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
