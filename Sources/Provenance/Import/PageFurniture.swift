/// Recognises page furniture: the parts of a saved or scraped web page that
/// are not the article (share buttons, comment forms, "related stories"
/// tails, photo credits, copyright lines).
///
/// The patterns describe how news sites lay pages out in general, not the
/// wording of particular articles; each was seen in several real pages. They
/// are matched on bytes, ASCII case-insensitively.
enum PageFurniture {
    /// A marker line after which the rest of the page is not the article:
    /// "You May Also Like", "Related posts:", "Leave a Reply", "About The Author".
    /// The whole line must be the marker (with an optional colon), so a
    /// sentence that mentions related stories never cuts an article short.
    /// Link labels that sites also put mid-article ("Read more", "Related",
    /// "See also") are only ``labels``: cutting there lost real paragraphs.
    static func isTailMarker(_ line: LineView) -> Bool {
        if let core = line.lowercasedCore() {
            if tailMarkers.contains(core) { return true }
            if core.starts(with: moreFrom), line.wordCount <= 6 { return true }
        }
        return false
    }

    /// A line that is furniture wherever it stands: share and comment-form
    /// labels, view counters, copyright lines, advertisements, photo credits,
    /// "Related:"/"Read more:" links, newsletter and contact plugs.
    static func isFurniture(_ line: LineView) -> Bool {
        if let core = line.lowercasedCore() {
            if labels.contains(core) || tailMarkers.contains(core) { return true }
            if isViewCounter(core) { return true }
        }
        for prefix in prefixes where line.hasPrefix(prefix) { return true }
        // "[RELATED: …]", "[Video]": a line wholly in square brackets is an inserted link or note.
        if line.count >= 2, line.bytes[line.range.lowerBound] == UInt8(ascii: "["),
            line.bytes[line.range.upperBound - 1] == UInt8(ascii: "]")
        {
            return true
        }
        for prefix in capitalPrefixes where line.hasExactPrefix(prefix) { return true }
        // Furniture is short; scanning whole paragraphs for phrases cost a third of import time.
        guard line.count <= maxPhraseLineLength else { return false }
        if phrases.occurs(in: line) { return true }
        if line.count <= 120, line.contains(at), contactVerbs.contains(where: line.hasPrefix) { return true }
        return false
    }

    /// "Views: 0", "views 1,234", "12 views".
    private static func isViewCounter(_ core: [UInt8]) -> Bool {
        let words = core.split(whereSeparator: { $0 == 0x20 || $0 == 0x3A })
        guard words.count == 2 else { return false }
        let isNumber = { (word: ArraySlice<UInt8>) in word.allSatisfy { $0 &- 0x30 < 10 || $0 == 0x2C } }
        let view = Array("views".utf8)
        let single = Array("view".utf8)
        let isViews = { (word: ArraySlice<UInt8>) in Array(word) == view || Array(word) == single }
        return (isViews(words[0]) && isNumber(words[1])) || (isNumber(words[0]) && isViews(words[1]))
    }

    private static func bytes(_ strings: [String]) -> [[UInt8]] { strings.map { Array($0.utf8) } }

    /// Lines longer than this (in bytes) are paragraphs, never searched for furniture phrases.
    static let maxPhraseLineLength = 240

    private static let moreFrom = Array("more from ".utf8)
    private static let at = Array("@".utf8)

    static let tailMarkers: Set<[UInt8]> = Set(
        bytes([
            "you may also like", "you might also like", "you may also be interested in", "related posts",
            "related post", "related stories", "related articles", "related content", "related news",
            "related coverage", "more stories", "more news", "recommended", "recommended for you",
            "recommended stories", "recommended articles", "about the author", "about the authors",
            "share this post", "leave a reply", "leave a comment", "comments", "latest headlines",
            "trending now", "most read", "most popular", "popular posts", "further reading",
            "sponsored content", "more on this story", "top stories",
        ]))

    static let labels: Set<[UInt8]> = Set(
        bytes([
            "share", "share this", "share this article", "share this story", "share on facebook",
            "share on twitter", "share via", "tweet", "facebook", "twitter", "email", "e-mail", "print",
            "whatsapp", "linkedin", "reddit", "pinterest", "telegram", "copy link", "comment", "name *",
            "name*", "email *", "email*", "website", "advertisement", "advertisements", "sponsored",
            "skip to main content", "skip to content", "connect with us", "follow us", "live now", "listen",
            "listen to this article", "subscribe", "sign up", "image caption", "image source", "photo",
            "getty images", "toggle navigation", "menu", "search", "home", "log in", "newsletter",
            "read more »", "close", "loading", "watch", "video", "ad", "story continues below advertisement",
            "continue reading", "related", "read more", "read next", "also read", "see also", "trending",
            "show comments", "post a comment", "cancel reply", "post comment",
        ]))

    static let prefixes: [[UInt8]] = bytes([
        "click to share", "click to email", "click to print", "save my name", "your email address will not",
        "required fields are marked", "copyright", "©", "(c) 20", "photo:", "photo credit", "photograph:",
        "image:", "image caption", "image source", "picture:", "caption:", "related:", "read more:",
        "read more »", "also read:", "see also:", "advertisement", "sign up for", "subscribe to our",
        "click here", "follow us on", "share this:", "share this article:", "views:",
    ])

    /// The length of a navigation label that opens a line of the article ("Skip next section "
    /// before a live blog's entry heading), or 0.
    static func leadingLabelLength(_ line: LineView) -> Int {
        for label in leadingLabels where line.hasPrefix(label) && line.range.count > label.count { return label.count }
        return 0
    }

    static let leadingLabels: [[UInt8]] = bytes(["skip next section ", "skip to next section "])

    /// All-capitals link labels that sit inside an article ("RELATED Trump expands …").
    static let capitalPrefixes: [[UInt8]] = bytes(["RELATED ", "READ MORE", "ALSO READ", "WATCH:", "ADVERTISEMENT"])

    static let phrases = PhraseSet([
        "wikimedia commons", "(getty images)", "via getty images", "all rights reserved",
        "required fields are marked", "click here to", "sign up for our", "subscribe to our newsletter",
    ])

    /// "Reach Jane Doe at …@…", "Follow him on Twitter @…", "Contact …".
    static let contactVerbs: [[UInt8]] = bytes(["reach ", "follow ", "contact ", "email ", "e-mail "])
}
