/// Writes one row per mention, with its claim, article, speaker, via chain,
/// stance and origin, as CSV or NDJSON, streaming row by row from one cursor.
///
/// ```swift
/// var output = ""
/// try MentionRowsExporter(format: .csv).write(store, to: &output)
/// ```
public struct MentionRowsExporter: Sendable {
    public enum Format: Sendable { case csv, ndjson }

    public var format: Format

    public init(format: Format) {
        self.format = format
    }

    static let columns = [
        "mention_id", "claim_id", "claim_text", "article_id", "article_path", "outlet", "published", "start", "end",
        "exact", "speaker", "speaker_kind", "via", "stance", "hedged", "cue", "rule", "origin", "origin_rule",
        "claim_origin_count", "claim_circular", "claim_contested",
    ]

    public func write(_ store: Store, to output: inout some TextOutputStream) throws {
        if format == .csv { output.write(Self.columns.joined(separator: ",") + "\n") }
        try store.forEachMentionRow { row in
            try output.stopIfWriteFailed()
            switch format {
            case .csv:
                // Numbers and booleans as they are; every text through CSVField.text.
                let fields: [String] = [
                    String(row.mentionID), String(row.claimID), CSVField.text(row.claimText), String(row.articleID),
                    CSVField.text(row.articlePath), CSVField.text(row.outlet ?? ""), CSVField.text(row.published ?? ""),
                    String(row.start), String(row.end), CSVField.text(row.exact), CSVField.text(row.speaker ?? ""),
                    CSVField.text(row.speakerKind ?? ""), CSVField.text(row.via.joined(separator: " > ")),
                    CSVField.text(row.stance), row.hedged ? "true" : "false", CSVField.text(row.cue ?? ""),
                    CSVField.text(row.rule), CSVField.text(row.origin), CSVField.text(row.originRule),
                    String(row.claimOriginCount), row.claimCircular ? "true" : "false",
                    row.claimContested ? "true" : "false",
                ]
                output.write(fields.joined(separator: ",") + "\n")
            case .ndjson:
                let object = JSONObject()
                    .int("mention_id", row.mentionID).int("claim_id", row.claimID).string("claim_text", row.claimText)
                    .int("article_id", row.articleID).string("article_path", row.articlePath)
                    .string("outlet", row.outlet).string("published", row.published)
                    .int("start", Int64(row.start)).int("end", Int64(row.end))
                    .string("exact", row.exact).string("speaker", row.speaker)
                    .string("speaker_kind", row.speakerKind).strings("via", row.via)
                    .string("stance", row.stance).bool("hedged", row.hedged)
                    .string("cue", row.cue).string("rule", row.rule).string("origin", row.origin)
                    .string("origin_rule", row.originRule)
                    .int("claim_origin_count", Int64(row.claimOriginCount))
                    .bool("claim_circular", row.claimCircular).bool("claim_contested", row.claimContested)
                output.write(object.text + "\n")
            }
        }
    }
}
