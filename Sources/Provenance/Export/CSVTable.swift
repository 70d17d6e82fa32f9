/// A store table as the CSV export writes it: plain names that match the SQLite tables,
/// and the columns a reader of the data wants (article text and matching internals are
/// left out: they are large and say nothing a CSV reader can use).
public enum CSVTable: String, Sendable, CaseIterable {
    case articles
    case articleCopies = "article_copies"
    case sources
    case sourceAliases = "source_aliases"
    case claims
    case mentions
    case mentionVia = "mention_via"

    /// The header row, in the order the values come.
    public var columns: [String] {
        switch self {
        case .articles:
            ["id", "path", "sha256", "title", "outlet", "url", "published", "credits", "imported_at", "superseded_by"]
        case .articleCopies: ["path", "article_id"]
        case .sources: ["id", "key", "name", "kind", "reliability"]
        case .sourceAliases: ["source_id", "alias"]
        case .claims:
            [
                "id", "text", "article_count", "origin_count", "circular", "contested", "unsourced", "credibility",
                "first_seen",
            ]
        case .mentions:
            [
                "id", "article_id", "claim_id", "start", "end", "exact", "prefix", "suffix", "speaker",
                "speaker_source_id", "speaker_kind", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end",
                "stance", "hedged", "rule", "origin", "origin_source_id", "origin_rule",
            ]
        case .mentionVia: ["mention_id", "position", "name", "source_id"]
        }
    }

    /// The file the folder export writes this table to.
    public var fileName: String { rawValue + ".csv" }
}
