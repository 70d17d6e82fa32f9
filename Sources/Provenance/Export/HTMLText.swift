/// Escaping for HTML and SVG. Article text, titles, names and URLs are untrusted
/// input: every one goes through ``escape(_:)`` before it is written, in text and in
/// attribute values alike.
enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as character references, and
    /// control characters that XML forbids replaced, so the page stays well-formed.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value):
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// At most `limit` characters of `text`, cut with "…" when longer.
    static func truncated(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(limit - 1, 0))) + "…"
    }
}
