/// Sentences both reports print word for word, kept in one place so that the
/// Markdown and HTML reports say the same thing.
enum ReportText {
    /// What the report's words mean, for a reader who has not used prov.
    static let explanation =
        "A claim is circular when it is asserted in two or more articles that all trace back to one origin: "
        + "it only looks corroborated. It is contested when some article denies or disputes it, and "
        + "independently corroborated when two or more independent origins assert it."

    /// What the spread picture shows.
    static let spreadCaption =
        "Each origin on the left, then the intermediaries the articles name (via), then the articles that "
        + "carried the claim, earliest first."

    /// "reliability F, 9 mentions, first published 2025-03-04 09:15 UTC".
    static func originDetails(_ origin: ReportOrigin) -> String {
        var parts = ["reliability \(origin.reliability)", Wording.counted(origin.mentions, "mention")]
        if let first = origin.firstPublished { parts.append("first published \(ReportDate.long(first))") }
        return parts.joined(separator: ", ")
    }
}
