import Foundation

/// Minimal JSON writing for strings and arrays of strings, with the escapes
/// RFC 8259 requires; used by exporters that stream and by the store for its
/// JSON columns.
public enum JSONText {
    /// A JSON string literal for `value`.
    public static func string(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
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
