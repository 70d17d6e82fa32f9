/// Reads the exact figures of a mention, and tells them apart from numbers that are not.
///
/// "11 troops were injured" and "34 troops were injured" are different claims, so figures must
/// agree exactly; that only works if the numbers that vary between two reports of the *same*
/// fact are left out: dates ("Jan. 8", "2020"), time spans ("10 days later"), and counts of
/// the people speaking ("two U.S. officials told…"). Dates become ordinary tokens; spelled-out
/// numbers ("thirty-four", "five million") become digits.
enum SignatureFigures {
    /// What one raw word turned out to be.
    enum Reading: Equatable {
        /// An exact figure of the claim, normalised ("34", "5200", "2.5%").
        case figure(String)
        /// A date or year, kept as an ordinary token ("m1d8", "y2020").
        case date(String)
        /// Part of a number or date already read, or a number that says nothing about the claim.
        case consumed
        /// Not a number: left for the token pass.
        case word
    }

    static func read(_ words: [RawWord]) -> [Reading] {
        var readings = [Reading](repeating: .word, count: words.count)
        var index = 0
        while index < words.count {
            // A word an earlier number already read ("Jan. 7 to 8") is not read again.
            guard readings[index] == .word, let (value, end, isPercent) = number(in: words, at: index) else {
                index += 1
                continue
            }
            let span = index..<end
            for position in span { readings[position] = .consumed }
            readings[index] = classify(value, isPercent: isPercent, words: words, span: span, readings: &readings)
            if case .figure = readings[index], isSuperseded(words, from: index, to: end) {
                readings[index] = .consumed
            }
            index = end
        }
        dropChangeFigures(words, &readings)
        return readings
    }

    /// "14 more troops were diagnosed, raising the total to 64", "109, up 45 from the 64
    /// previously reported": a sentence that gives a count and how it changed states the count;
    /// the increment ("14 more", "another 14", "up 45") and the earlier value ("from the 64")
    /// are how it got there, and other reports of the same count leave them out. Dropped only
    /// when some other figure remains.
    private static func dropChangeFigures(_ words: [RawWord], _ readings: inout [Reading]) {
        var change: [Int] = []
        var kept = 0
        for index in readings.indices {
            guard case .figure = readings[index] else { continue }
            if isChange(words, at: index) { change.append(index) } else { kept += 1 }
        }
        guard kept > 0 else { return }
        for index in change { readings[index] = .consumed }
    }

    private static let incrementAfter: Set<String> = ["more", "additional", "extra", "new", "further"]
    private static let incrementBefore: Set<String> = ["another", "additional", "extra", "further", "up", "down"]

    /// Whether the figure at `index` is an increment or an earlier value (see ``dropChangeFigures``).
    private static func isChange(_ words: [RawWord], at index: Int) -> Bool {
        var end = index + 1
        while end < words.count, SignatureLexicon.scaleWords[words[end].text] != nil { end += 1 }
        if end < words.count, incrementAfter.contains(words[end].text) { return true }
        if end < words.count, ["previously", "earlier", "before"].contains(words[end].text) { return true }
        var before = index - 1
        if before >= 0, words[before].text == "the" { before -= 1 }
        guard before >= 0 else { return false }
        return incrementBefore.contains(words[before].text) || words[before].text == "from"
    }

    /// The number starting at `index` (digits or words, with a scale), its end and whether it is
    /// a percentage.
    private static func number(in words: [RawWord], at index: Int) -> (Double, Int, Bool)? {
        var value: Double
        var end = index + 1
        let word = words[index]
        if word.kind == .number {
            guard let parsed = Double(word.text) else { return nil }
            value = parsed
        } else if let spelled = SignatureLexicon.numberWords[word.text] {
            value = Double(spelled)
            if spelled >= 20, spelled % 10 == 0, end < words.count,
                let unit = SignatureLexicon.numberWords[words[end].text], unit < 10
            {
                value += Double(unit)  // "thirty-four", "thirty four"
                end += 1
            }
        } else if word.text == "a" || word.text == "one", end < words.count,
            let scale = SignatureLexicon.scaleWords[words[end].text], scale <= 1_000
        {
            return (Double(scale), end + 1, false)  // "a hundred", "one thousand"
        } else {
            return nil
        }
        while end < words.count, let scale = SignatureLexicon.scaleWords[words[end].text] {
            value *= Double(scale)
            end += 1
        }
        var isPercent = word.isPercent
        if end < words.count, words[end].text == "percent" || words[end].text == "pct" {
            isPercent = true
            end += 1
        }
        return (value, end, isPercent)
    }

    private static func classify(
        _ value: Double, isPercent: Bool, words: [RawWord], span: Range<Int>, readings: inout [Reading]
    ) -> Reading {
        let first = span.lowerBound
        let isSmallInteger = value == value.rounded() && value >= 1 && value <= 31
        let isDigits = words[first].kind == .number && !words[first].text.contains(".")
        // Dates: "Jan. 8", "January 8, 2020", "8 January".
        if isDigits, isSmallInteger, !isPercent {
            if first > 0, let month = month(words, at: first - 1) {
                readings[first - 1] = .consumed
                if span.upperBound < words.count, let year = year(words[span.upperBound]) {
                    readings[span.upperBound] = .consumed
                    return .date("m\(month)d\(Int(value))y\(year)")
                }
                consumeRangeEnd(words, after: span.upperBound, &readings)
                return .date("m\(month)d\(Int(value))")
            }
            if span.upperBound < words.count, let month = month(words, at: span.upperBound) {
                readings[span.upperBound] = .consumed
                return .date("m\(month)d\(Int(value))")
            }
        }
        if isDigits, span.count == 1, !isPercent, let year = year(words[first]) {
            if first > 0, let month = month(words, at: first - 1) {
                readings[first - 1] = .consumed
                return .date("m\(month)y\(year)")
            }
            return .date("y\(year)")
        }
        if isTimeSpan(words, after: span.upperBound) || countsSpeakers(words, after: span.upperBound) {
            return .consumed
        }

        return .figure(format(value) + (isPercent ? "%" : ""))
    }

    /// "the night of Jan. 7 to 8", "Jan. 7-8": the second day of a date range is a date too.
    private static func consumeRangeEnd(_ words: [RawWord], after end: Int, _ readings: inout [Reading]) {
        var next = end
        if next < words.count, ["to", "and", "through"].contains(words[next].text) { next += 1 }
        guard next < words.count, words[next].kind == .number, let day = Int(words[next].text), (1...31).contains(day)
        else { return }
        for position in end...next { readings[position] = .consumed }
    }

    /// "rose from 34 to 50": the figure the sentence reports is the one it ends at; the old
    /// one only says where the count came from, and reports of the new figure often omit it.
    private static func isSuperseded(_ words: [RawWord], from start: Int, to end: Int) -> Bool {
        start > 0 && words[start - 1].text == "from" && end + 1 < words.count && words[end].text == "to"
            && number(in: words, at: end + 1) != nil
    }

    /// "10 days later", "two weeks ago": a time reference, not a figure.
    private static func isTimeSpan(_ words: [RawWord], after end: Int) -> Bool {
        guard end + 1 < words.count, SignatureLexicon.timeUnits.contains(words[end].text) else { return false }
        return ["later", "ago", "earlier", "after", "before", "prior"].contains(words[end + 1].text)
    }

    /// "two U.S. government officials told…": the number counts speakers.
    private static func countsSpeakers(_ words: [RawWord], after end: Int) -> Bool {
        let speakerVerbs: Set<String> = [
            "said", "say", "says", "told", "tell", "familiar", "according", "citing", "cited", "who", "speaking",
            "quoted", "briefed", "confirmed", "believe", "reported",
        ]
        for noun in end..<min(end + 4, words.count) where SignatureLexicon.speakerNouns.contains(words[noun].text) {
            for verb in (noun + 1)..<min(noun + 5, words.count) where speakerVerbs.contains(words[verb].text) {
                return true
            }
            return false
        }
        return false
    }

    private static func month(_ words: [RawWord], at index: Int) -> Int? {
        guard words[index].kind == .word, let month = SignatureLexicon.months[words[index].text] else { return nil }
        // "may" and "mar" are words too: only a capitalised form is a month.
        if words[index].text == "may" || words[index].text == "mar" { return words[index].isCapitalised ? month : nil }
        return month
    }

    private static func year(_ word: RawWord) -> Int? {
        guard word.kind == .number, word.text.utf8.count == 4, let value = Int(word.text), (1800...2099).contains(value)
        else { return nil }
        return value
    }

    /// "34", "5200", "2.5": integers without a decimal point.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
