/// A short window of a piece of article text around the words a search found, cut in one pass
/// from FTS5's `highlight()` of the piece (see `Store.snippet(of:for:)`).
///
/// The piece is split into whitespace-separated tokens once, and a window of `tokens` tokens
/// slides over them keeping a count of each distinct word found, so the cost is linear. The best
/// window holds the most distinct words (the earliest such one); it starts a few tokens before
/// its first hit, for context.
enum SearchSnippet {
    /// Markers passed to `highlight()`: private-use characters, which article text does not hold.
    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"
    /// Tokens shown before the first hit of the window, when the text has them.
    static let lead = 3

    /// Lines gathered into pieces of at least this many bytes; a longer line is cut at spaces.
    static let pieceBytes = 600

    /// The text in pieces of a few lines each, in order: each is short enough to highlight.
    static func pieces(of text: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var bytes = 0
        var lastSpace: String.Index?
        for index in text.indices {
            let character = text[index]
            bytes += character.utf8.count
            if character == " " { lastSpace = index }
            if character.isNewline, bytes >= pieceBytes {
                pieces.append(text[start...index])
                start = text.index(after: index)
                bytes = 0
                lastSpace = nil
            } else if bytes >= 4 * pieceBytes, let space = lastSpace {
                pieces.append(text[start...space])
                start = text.index(after: space)
                bytes = text.utf8.distance(from: start, to: index)
                lastSpace = nil
            }
        }
        if start < text.endIndex { pieces.append(text[start...]) }
        return pieces
    }

    /// The window of `highlighted` (text with hits between ``open`` and ``close``), hits marked
    /// `[like this]`, with `…` where text was cut (`textBefore`/`textAfter`: the piece itself was
    /// cut from a longer text).
    static func cut(_ highlighted: String, tokens size: Int = 16, textBefore: Bool, textAfter: Bool) -> String {
        var tokens: [Substring] = []
        var terms: [String?] = []  // the hit each token starts, case-folded
        var inside = false
        var current = ""
        var tokenStart: String.Index?
        var tokenTerm: String?
        for index in highlighted.indices {
            let character = highlighted[index]
            if character.isWhitespace {
                if let start = tokenStart {
                    tokens.append(highlighted[start..<index])
                    terms.append(tokenTerm)
                    tokenStart = nil
                    tokenTerm = nil
                }
                if inside { current.append(" ") }
                continue
            }
            if tokenStart == nil { tokenStart = index }
            if character == open {
                inside = true
                current = ""
            } else if character == close {
                inside = false
                if tokenTerm == nil { tokenTerm = current.lowercased() }
            } else if inside {
                current.append(character)
            }
        }
        if let start = tokenStart {
            tokens.append(highlighted[start...])
            terms.append(tokenTerm)
        }
        guard !tokens.isEmpty else { return "" }
        let start = bestStart(terms, size: size)
        let end = min(start + size, tokens.count)
        return render(
            tokens[start..<end], cutBefore: textBefore || start > 0, cutAfter: textAfter || end < tokens.count)
    }

    /// The first token of the window with the most distinct hits, moved to show ``lead`` tokens
    /// before its first hit.
    static func bestStart(_ terms: [String?], size: Int) -> Int {
        var counts: [String: Int] = [:]
        var best = (start: 0, distinct: -1)
        for index in terms.indices {
            if let term = terms[index] { counts[term, default: 0] += 1 }
            let start = index - size + 1
            if start > 0, let leaving = terms[start - 1] {
                counts[leaving, default: 0] -= 1
                if counts[leaving] == 0 { counts[leaving] = nil }
            }
            if counts.count > best.distinct { best = (max(start, 0), counts.count) }
        }
        let window = best.start..<min(best.start + size, terms.count)
        guard let first = window.first(where: { terms[$0] != nil }),
            let last = window.last(where: { terms[$0] != nil })
        else { return 0 }
        let shifted = max(0, min(first - lead, terms.count - size))
        return max(shifted, last - size + 1)
    }

    /// The tokens joined by single spaces, markers as brackets, balanced at the cut edges.
    static func render(_ tokens: ArraySlice<Substring>, cutBefore: Bool, cutAfter: Bool) -> String {
        var text = cutBefore ? "…" : ""
        var open = false
        for (offset, token) in tokens.enumerated() {
            if offset > 0 { text.append(" ") }
            for character in token {
                switch character {
                case Self.open:
                    text.append("[")
                    open = true
                case Self.close:
                    if !open { text = (cutBefore ? "…[" : "[") + text.dropFirst(cutBefore ? 1 : 0) }
                    text.append("]")
                    open = false
                default: text.append(character)
                }
            }
        }
        if open { text.append("]") }
        if cutAfter { text.append("…") }
        return text
    }
}
