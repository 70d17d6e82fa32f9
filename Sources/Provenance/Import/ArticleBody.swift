/// Decides which lines of an article body are the article: the byte ranges
/// that extraction reads (``ParsedArticle/regions``), the headline line, and
/// what the first lines say about title and date.
///
/// Scraped pages mix the story with furniture. Each line is classified on
/// its own bytes and its neighbours:
/// - furniture wherever it stands (``PageFurniture/isFurniture(_:)``);
/// - a tail marker ("You May Also Like", "Leave a Reply") in the later part
///   of the page ends the article;
/// - lines that end like sentences are text; a later copy of one is dropped;
/// - a line without final punctuation is kept when it is part of a sentence
///   broken across lines (scrapers drop hyperlinked words and leave breaks),
///   and dropped when it is a caption or credit, repeats another line, is a
///   short heading, byline or date, or a keyword list.
struct ArticleBody {
    var regions: [Range<Int>] = []
    var headline: Range<Int>?
    /// The headline's text, when the body's first line reads as one.
    var headlineText: String?
    /// An ISO date from a dateline near the top ("September 15, 2020 - 14:19").
    var dateline: String?

    /// A line without final punctuation and at most this many words is a
    /// heading, label, byline, date or caption rather than article text.
    static let shortLineWords = 12
    /// How far into the body (as a fraction of its bytes) a tail marker must
    /// stand to end the article; earlier ones only drop their own line.
    static let tailMarkerMinimumPosition = 0.4
    /// How many of its words (Jaccard) a line must share with the front
    /// matter title to be taken for the headline when it is not an exact copy.
    static let headlineSimilarity = 0.6
    /// How many lines from the top a headline or dateline may sit.
    static let topLines = 12

    init(bytes: UnsafeBufferPointer<UInt8>, lines: [TextLine], title: String?) {
        let views = lines.map { LineView(bytes: bytes, range: $0.range) }
        let furniture = views.map(PageFurniture.isFurniture)
        let keys = views.map { LineKey.hash($0) }
        var occurrences: [UInt64: Int] = [:]
        for (index, key) in keys.enumerated() where !furniture[index] { occurrences[key, default: 0] += 1 }

        let headlineIndex = Self.headlineIndex(views, furniture: furniture, keys: keys, title: title)
        if let headlineIndex {
            headline = views[headlineIndex].range
            if title == nil { headlineText = views[headlineIndex].string }
        }
        dateline = Self.dateline(views, furniture: furniture, skipping: headlineIndex)

        // A marker in the first part of the page heads an inline box ("Related
        // stories" with a few links) and the article goes on after it.
        let bodyStart = lines.first?.range.lowerBound ?? 0
        let tailFrom = bodyStart + Int(Double(bytes.count - bodyStart) * Self.tailMarkerMinimumPosition)
        var words = WordSets(views: views)
        var seen = Set<UInt64>()
        var keptText = 0
        var previousKeptOpen = false  // the last kept line did not end a sentence
        for (index, line) in views.enumerated() {
            if index == headlineIndex {
                regions.append(line.range)
                seen.insert(keys[index])
                continue
            }
            if keptText > 0, line.range.lowerBound >= tailFrom, PageFurniture.isTailMarker(line) { break }
            if furniture[index] { continue }
            if let headlineIndex, keys[index] == keys[headlineIndex] { continue }
            let endsSentence = line.endsSentence
            let wordCount = line.wordCount
            var keep: Bool
            if endsSentence {
                keep = !seen.contains(keys[index])
            } else if PhotoCaption.isCaption(line) || occurrences[keys[index], default: 0] > 1
                || LineKey.isKeywordList(line)
            {
                keep = false
            } else if index + 1 < views.count, views[index + 1].startsContinuation,
                !LineKey.isKeywordList(views[index + 1])
            {
                keep = true
            } else if previousKeptOpen, line.startsContinuation {
                keep = true
            } else if lines[index].isListItem, wordCount >= 3, ISODate.firstDate(in: line) == nil {
                keep = true  // "• 9 are still in Germany": list items are the article's facts
            } else if wordCount >= 4, index + 1 < views.count, views[index + 1].endsSentence,
                views[index + 1].wordCount >= 8, Self.readsAsHeadline(line),
                Self.followsParagraph(index, views: views, furniture: furniture, headline: headlineIndex)
            {
                // A section heading between paragraphs ("Delta Says Outage Cost $380M"); a list of
                // links ("Related stories" titles) is a run of such lines, none after a paragraph.
                keep = true
            } else if wordCount <= Self.shortLineWords {
                keep = false
            } else {
                keep = !words.hasNearCopy(of: index)
            }
            if keep {
                // "Skip next section Markets fall": a live blog's navigation label before its heading.
                let label = PageFurniture.leadingLabelLength(line)
                regions.append((line.range.lowerBound + label)..<line.range.upperBound)
                seen.insert(keys[index])
                previousKeptOpen = !endsSentence
                if endsSentence, wordCount >= 5 { keptText += 1 }
            }
        }
    }

    /// The line that is the headline: with a title from front matter, the
    /// first line near the top that repeats it (or nearly does); otherwise the
    /// first line, when it reads as a headline.
    private static func headlineIndex(_ views: [LineView], furniture: [Bool], keys: [UInt64], title: String?)
        -> Int?
    {
        let candidates = views.indices.filter { !furniture[$0] }.prefix(topLines)
        if let title {
            let titleBytes = Array(title.utf8)
            let key = titleBytes.withUnsafeBufferPointer { LineKey.hash(LineView(bytes: $0, range: 0..<$0.count)) }
            guard key != LineKey.emptyHash else { return nil }  // a title of punctuation alone
            if let exact = candidates.first(where: { keys[$0] == key }) { return exact }
            // Sites often edit the headline a little for the page title: a line
            // sharing most of the title's words, not ending in a period, is it.
            let titleWords = titleBytes.withUnsafeBufferPointer {
                LineKey.wordHashes(LineView(bytes: $0, range: 0..<$0.count))
            }
            guard titleWords.count >= 3 else { return nil }
            return candidates.first { index in
                !views[index].endsWithPeriod
                    && LineKey.similarity(LineKey.wordHashes(views[index]), titleWords) >= headlineSimilarity
            }
        }
        guard let first = candidates.first, views.count > first + 1, readsAsHeadline(views[first]) else { return nil }
        return first
    }

    /// No final full stop, colon or comma; 2–20 words; not starting in lowercase;
    /// not a byline or a dateline.
    /// Whether the line at `index` opens the page or follows the headline or a paragraph, with
    /// only furniture ("[RELATED: …]") between.
    static func followsParagraph(_ index: Int, views: [LineView], furniture: [Bool], headline: Int?) -> Bool {
        var k = index - 1
        while k >= 0, furniture[k] { k -= 1 }
        return k < 0 || k == headline || views[k].endsSentence
    }

    static func readsAsHeadline(_ line: LineView) -> Bool {
        let words = line.wordCount
        guard (2...20).contains(words), !line.endsWithPeriod, !line.startsContinuation else { return false }
        let last = line.bytes[line.range.upperBound - 1]
        if last == UInt8(ascii: ":") || last == UInt8(ascii: ";") || last == UInt8(ascii: ",") { return false }
        if line.hasPrefix(Array("by ".utf8)) { return false }
        if words <= 8, ISODate.firstDate(in: line) != nil { return false }
        return true
    }

    /// The first date written in a short line near the top.
    private static func dateline(_ views: [LineView], furniture: [Bool], skipping headline: Int?) -> String? {
        for index in views.indices.prefix(topLines) where !furniture[index] && index != headline {
            let line = views[index]
            guard line.wordCount <= 16, !line.endsWithPeriod else { continue }
            if let date = ISODate.firstDate(in: line) { return date }
        }
        return nil
    }
}
