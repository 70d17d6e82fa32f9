/// An FTS5 MATCH expression built from what a user typed.
///
/// Each word becomes a quoted FTS5 string, so `AND`, `-`, `:` or an
/// unbalanced `"` in user input is searched for, never parsed as syntax.
///
/// A word typed twice is searched once (case aside), and at most ``maximumWords`` different
/// words are searched: every word is a phrase that FTS5 matches and scores hit by hit, and a
/// pasted paragraph of 800 words took half a minute to search one long article. The words left
/// out are counted in ``ignoredWords`` so that the caller can say so.
public struct FullTextQuery: Equatable, Sendable {
    /// The most different words one search looks for.
    public static let maximumWords = 32

    public let expression: String
    /// The words searched for: each once, in the order typed.
    public let words: [String]
    /// How many more different words were typed than ``maximumWords``.
    public let ignoredWords: Int

    /// Returns nil when the input holds no word to search for.
    public init?(userInput: String) {
        var seen = Set<String>()
        var distinct: [String] = []
        for word in userInput.split(whereSeparator: \.isWhitespace) where seen.insert(word.lowercased()).inserted {
            distinct.append(String(word))
        }
        guard !distinct.isEmpty else { return nil }
        words = Array(distinct.prefix(Self.maximumWords))
        ignoredWords = distinct.count - words.count
        expression = words.map(Self.quoted).joined(separator: " ")
    }

    /// A word as an FTS5 string: searched for, never parsed.
    static func quoted(_ word: String) -> String {
        "\"" + word.replacing("\"", with: "\"\"") + "\""
    }
}
