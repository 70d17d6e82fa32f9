/// Publication dates as a report shows them. The store keeps ISO 8601 text
/// ("2025-03-04" or "2025-03-04T09:15:00Z", always UTC); a reader wants less.
enum ReportDate {
    /// "2025-03-04": the day alone, for tight places such as the spread picture.
    static func short(_ iso: String) -> String {
        String(iso.prefix(10))
    }

    /// "2025-03-04 09:15 UTC", or "2025-03-04" when only the day is known.
    static func long(_ iso: String) -> String {
        guard iso.count >= 16, let separator = iso.firstIndex(of: "T") else { return iso }
        let time = iso[iso.index(after: separator)...].prefix(5)
        return String(iso.prefix(10)) + " " + time + " UTC"
    }
}
