/// The one-line text form of a signature, for a TEXT column in SQLite.
///
/// `s1|token token …|figure …|actor`: tokens and figures never contain a space or a "|" (the
/// scanner splits on both), so the form needs no escaping and stays readable in `sqlite3`.
/// The version prefix lets a later normalisation coexist with stored signatures: a store that
/// finds another version re-derives signatures from mention text.
extension ClaimSignature {
    private static let version = "s2"

    /// The compact form, e.g. `s1|ambassador iran kil plut|34|iran`.
    public var encoded: String {
        [
            Self.version, tokens.joined(separator: " "), figures.joined(separator: " "), actor ?? "",
            subject.joined(separator: " "),
        ].joined(separator: "|")
    }

    /// Reads ``encoded`` back; nil for text in another format or version.
    public init?(encoded: String) {
        let parts = encoded.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == Self.version else { return nil }
        self.init(
            tokens: parts[1].split(separator: " ").map(String.init),
            figures: parts[2].split(separator: " ").map(String.init),
            actor: parts[3].isEmpty ? nil : String(parts[3]),
            subject: parts[4].split(separator: " ").map(String.init)
        )
    }
}
