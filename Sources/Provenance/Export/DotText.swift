/// Graphviz DOT quoting. Labels come from article text and names, which are untrusted:
/// a quote or a backslash must not end the string or start an escape, and a line break
/// must not break the statement.
public enum DotText {
    /// `text` as a DOT double-quoted string, shortened to `limit` characters.
    public static func quoted(_ text: String, limit: Int = 90) -> String {
        var out = "\""
        var count = 0
        for character in text {
            if count == limit {
                out += "…"
                break
            }
            count += 1
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\r\n", "\t": out += " "
            default:
                if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
                    out.append(character)
                }
            }
        }
        return out + "\""
    }

    /// Several lines of one label, each quoted-safe, joined with DOT's centred line break.
    public static func lines(_ lines: [String], limit: Int = 60) -> String {
        "\"" + lines.map { quoted($0, limit: limit).dropFirst().dropLast() }.joined(separator: "\\n") + "\""
    }
}
