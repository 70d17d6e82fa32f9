import Foundation

/// Minimal JSON writing for strings and arrays of strings, with the escapes
/// RFC 8259 requires; used by exporters that stream and by the store for its
/// JSON columns.
public enum JSONText {
    /// A JSON string literal for `value`.
    public static func string(_ value: String) -> String {
        // Most text needs no escape at all: check the bytes first and copy it whole.
        guard needsEscape(value) else { return "\"" + value + "\"" }
        var out = "\""
        out.reserveCapacity(value.utf8.count + 8)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20 || s.value == 0x2028 || s.value == 0x2029:
                let hex = String(s.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Whether `value` holds a quote, a backslash, a control character, or
    /// U+2028/U+2029 (bytes E2 80 A8/A9), which JavaScript readers choke on.
    private static func needsEscape(_ value: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in value.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            if previous == (0xE2, 0x80), byte == 0xA8 || byte == 0xA9 { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// A JSON literal for an optional string (`null` when nil).
    public static func optional(_ value: String?) -> String {
        value.map(string) ?? "null"
    }

    /// A JSON array of strings.
    public static func array(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ",") + "]"
    }

    /// Reads back a JSON array of strings written by ``array(_:)``.
    public static func parseArray(_ text: String) -> [String] {
        guard let data = text.data(using: .utf8),
            let values = try? JSONDecoder().decode([String].self, from: data)
        else { return [] }
        return values
    }
}
