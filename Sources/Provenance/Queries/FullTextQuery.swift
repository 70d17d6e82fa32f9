/// An FTS5 MATCH expression built from what a user typed.
///
/// Each word becomes a quoted FTS5 string, so `AND`, `-`, `:` or an
/// unbalanced `"` in user input is searched for, never parsed as syntax.
public struct FullTextQuery: Equatable, Sendable {
    public let expression: String

    /// Returns nil when the input holds no word to search for.
    public init?(userInput: String) {
        let words = userInput.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return nil }
        expression =
            words
            .map { "\"" + $0.replacing("\"", with: "\"\"") + "\"" }
            .joined(separator: " ")
    }
}
