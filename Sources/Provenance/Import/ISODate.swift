/// Turns the many ways articles write a publication date into ISO 8601:
/// `2020-09-14` for a date, `2020-09-14T03:38:12Z` for a date and time.
///
/// Accepted: `2020-09-14`, `2020/09/14`, `2020-09-14T03:38:12Z` (fractions and
/// `±HH:MM` offsets too, converted to UTC), `2020-09-14 03:38:12`, the
/// Jekyll-style `2020-09-14-03-38-12`, "September 14, 2020", "Sep 14 2020",
/// "14 Sep 2020", "Monday, 14 September, 2020" and RFC 2822
/// (`Mon, 14 Sep 2020 03:38:12 +0000`, the RSS `pubDate`). A time without a
/// zone is taken as UTC. Anything else gives nil: an unknown date is not an error.
public enum ISODate {
    /// The ISO 8601 form of a date written at the start of `raw`, or nil.
    ///
    /// ```swift
    /// ISODate.normalise("September 14, 2020")  // "2020-09-14"
    /// ISODate.normalise("2020-09-14-03-38-12")  // "2020-09-14T03:38:12Z"
    /// ```
    public static func normalise(_ raw: String) -> String? {
        let bytes = Array(raw.utf8)
        var index = 0
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return parse(bytes, at: index)?.iso
    }

    /// The first date found anywhere in a short line such as "Publish Date :
    /// 19 September 2020 - 21:45" or "3 min read Last Updated : Sep 15 2020".
    static func firstDate(in line: LineView) -> String? {
        let bytes = Array(UnsafeBufferPointer(rebasing: line.bytes[line.range]))
        var index = 0
        while index < bytes.count {
            let atWordStart = index == 0 || !isWordByte(bytes[index - 1])
            if atWordStart, let found = parse(bytes, at: index) { return found.iso }
            index += 1
        }
        return nil
    }

    struct Parsed {
        var iso: String
    }

    static func parse(_ bytes: [UInt8], at start: Int) -> Parsed? {
        var cursor = Cursor(bytes: bytes, index: start)
        if let parsed = parseNumeric(&cursor) { return parsed }
        cursor.index = start
        return parseWritten(&cursor)
    }

    /// `YYYY-MM-DD` or `YYYY/MM/DD`, then an optional time and zone.
    private static func parseNumeric(_ cursor: inout Cursor) -> Parsed? {
        guard let year = cursor.number(digits: 4...4), let separator = cursor.peek,
            separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/")
        else { return nil }
        cursor.index += 1
        guard let month = cursor.number(digits: 1...2), cursor.take(separator),
            let day = cursor.number(digits: 1...2), !cursor.peekIsDigit
        else { return nil }
        guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
        let afterDate = cursor.index
        if let peek = cursor.peek,
            peek == UInt8(ascii: "T") || peek == UInt8(ascii: "t") || peek == 0x20
                || peek == UInt8(ascii: "_") || peek == UInt8(ascii: "-")
        {
            cursor.index += 1
            if let time = parseTime(&cursor, allowDashes: peek == UInt8(ascii: "-")) {
                return Parsed(iso: date.adding(minutes: -time.offsetMinutes, to: time.seconds).iso)
            }
        }
        cursor.index = afterDate
        return Parsed(iso: date.iso)
    }

    /// "[Weekday,] Month D[,] YYYY" or "[Weekday,] D Month[,] YYYY", then an
    /// optional RFC 2822 time and zone.
    private static func parseWritten(_ cursor: inout Cursor) -> Parsed? {
        if cursor.word(in: weekdays) != nil {
            _ = cursor.take(UInt8(ascii: ","))
            cursor.skipSpaces()
        }
        var month: Int?
        var day: Int?
        if let found = cursor.word(in: months) {
            month = found
            cursor.skipSpaces()
            day = cursor.number(digits: 1...2)
            _ = cursor.take(UInt8(ascii: ","))
        } else if let found = cursor.number(digits: 1...2) {
            day = found
            _ = cursor.take(UInt8(ascii: ","))
            cursor.skipSpaces()
            month = cursor.word(in: months)
            _ = cursor.take(UInt8(ascii: ","))
        }
        cursor.skipSpaces()
        guard let month, let day, let year = cursor.number(digits: 4...4), !cursor.peekIsDigit,
            let date = CivilDate(year: year, month: month, day: day)
        else { return nil }
        let afterDate = cursor.index
        cursor.skipSpaces()
        if cursor.peekIsDigit, let time = parseTime(&cursor, allowDashes: false), time.hasZone {
            return Parsed(iso: date.adding(minutes: -time.offsetMinutes, to: time.seconds).iso)
        }
        cursor.index = afterDate
        return Parsed(iso: date.iso)
    }

    private struct Time {
        var seconds: Int
        var offsetMinutes: Int
        var hasZone: Bool
    }

    /// `HH:MM[:SS[.fff]]` (or `HH-MM-SS` after a dashed date), then `Z`,
    /// `±HH:MM`, `±HHMM`, ` UTC` or ` GMT`.
    private static func parseTime(_ cursor: inout Cursor, allowDashes: Bool) -> Time? {
        let separator = allowDashes ? UInt8(ascii: "-") : UInt8(ascii: ":")
        guard let hour = cursor.number(digits: 2...2), hour < 24, cursor.take(separator),
            let minute = cursor.number(digits: 2...2), minute < 60
        else { return nil }
        var second = 0
        if cursor.take(separator) {
            guard let value = cursor.number(digits: 2...2), value <= 60 else { return nil }
            second = min(value, 59)
            if cursor.take(UInt8(ascii: ".")) || cursor.take(UInt8(ascii: ",")) {
                while cursor.peekIsDigit { cursor.index += 1 }
            }
        }
        var time = Time(seconds: hour * 3600 + minute * 60 + second, offsetMinutes: 0, hasZone: false)
        let beforeZone = cursor.index
        cursor.skipSpaces()
        if cursor.take(UInt8(ascii: "Z")) || cursor.take(UInt8(ascii: "z")) || cursor.word(in: utcNames) != nil {
            time.hasZone = true
        } else if let sign = cursor.peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            cursor.index += 1
            guard let hours = cursor.number(digits: 2...2) else { cursor.index = beforeZone; return time }
            _ = cursor.take(UInt8(ascii: ":"))
            let minutes = cursor.number(digits: 2...2) ?? 0
            time.offsetMinutes = (hours * 60 + minutes) * (sign == UInt8(ascii: "-") ? -1 : 1)
            time.hasZone = true
        } else {
            cursor.index = beforeZone
        }
        return time
    }

    private static func names(_ list: [[String]]) -> [([UInt8], Int)] {
        list.enumerated().flatMap { position, spellings in spellings.map { (Array($0.utf8), position + 1) } }
    }

    private static let months = names([
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"], ["october", "oct"],
        ["november", "nov"], ["december", "dec"],
    ])
    private static let weekdays = names([
        ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"], ["thursday", "thu", "thurs"],
        ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"],
    ])
    private static let utcNames = names([["utc"], ["gmt"]])
}

/// A position in a date string being parsed.
private struct Cursor {
    let bytes: [UInt8]
    var index: Int

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
    var peekIsDigit: Bool { peek.map { $0 &- 0x30 < 10 } ?? false }

    mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    mutating func skipSpaces() {
        while let byte = peek, byte == 0x20 || byte == 0x09 { index += 1 }
    }

    /// A run of digits whose length lies in `digits`, as a number.
    mutating func number(digits: ClosedRange<Int>) -> Int? {
        var value = 0
        var length = 0
        while let byte = peek, byte &- 0x30 < 10, length < digits.upperBound {
            value = value * 10 + Int(byte - 0x30)
            length += 1
            index += 1
        }
        guard digits.contains(length) else {
            index -= length
            return nil
        }
        return value
    }

    /// A whole word (ASCII letters, optional final ".") matching one of the
    /// names, case-insensitively; returns the name's value.
    mutating func word(in names: [([UInt8], Int)]) -> Int? {
        var end = index
        while end < bytes.count, (bytes[end] | 0x20) &- 0x61 < 26 { end += 1 }
        let length = end - index
        guard length >= 3, length <= 9 else { return nil }
        let start = index
        let match = names.first { name, _ in
            name.count == length && name.indices.allSatisfy { bytes[start + $0] | 0x20 == name[$0] }
        }
        guard let match else { return nil }
        index = end
        _ = take(UInt8(ascii: "."))
        return match.1
    }
}

/// A proleptic Gregorian calendar date.
private struct CivilDate {
    var year: Int
    var month: Int
    var day: Int

    init?(year: Int, month: Int, day: Int) {
        guard (1000...2999).contains(year), (1...12).contains(month), day >= 1,
            day <= CivilDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    var iso: String { pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) }

    /// The UTC date-time for `seconds` into this day, shifted by `minutes`.
    func adding(minutes: Int, to seconds: Int) -> DateTime {
        var total = seconds + minutes * 60
        var date = self
        while total < 0 {
            total += 86_400
            date = date.previous
        }
        while total >= 86_400 {
            total -= 86_400
            date = date.next
        }
        return DateTime(date: date, seconds: total)
    }

    private var next: CivilDate {
        if let day = CivilDate(year: year, month: month, day: day + 1) { return day }
        if let first = CivilDate(year: year, month: month + 1, day: 1) { return first }
        return CivilDate(year: year + 1, month: 1, day: 1) ?? self
    }

    private var previous: CivilDate {
        if let day = CivilDate(year: year, month: month, day: day - 1) { return day }
        let month = month == 1 ? 12 : month - 1
        let year = self.month == 1 ? year - 1 : year
        return CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year)) ?? self
    }
}

private struct DateTime {
    var date: CivilDate
    var seconds: Int

    var iso: String {
        date.iso + "T" + pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2) + "Z"
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
