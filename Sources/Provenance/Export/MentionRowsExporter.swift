/// Writes one row per mention, with its claim, article, speaker, via chain,
/// stance and origin, as CSV or NDJSON, streaming claim by claim.
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
        try store.forEachClaimDetailStreaming { detail in
            for mention in detail.mentions {
                let article = detail.articles[mention.articleID]
                let claim = detail.claim
                switch format {
                case .csv:
                    let fields: [String] = [
                        String(mention.id), String(claim.id), claim.text, String(mention.articleID),
                        article?.path ?? "",
                        article?.outlet ?? "", article?.published ?? "", String(mention.start), String(mention.end),
                        mention.exact, mention.speaker ?? "", mention.speakerKind?.rawValue ?? "",
                        mention.via.joined(separator: " > "), mention.stance.rawValue,
                        mention.hedged ? "true" : "false",
                        mention.cue ?? "", mention.rule, mention.origin, mention.originRule,
                        String(detail.origins.count), claim.circular ? "true" : "false",
                        claim.contested ? "true" : "false",
                    ]
                    output.write(fields.map(CSVField.escape).joined(separator: ",") + "\n")
                case .ndjson:
                    let object = JSONObject()
                        .int("mention_id", mention.id).int("claim_id", claim.id).string("claim_text", claim.text)
                        .int("article_id", mention.articleID).string("article_path", article?.path)
                        .string("outlet", article?.outlet).string("published", article?.published)
                        .int("start", Int64(mention.start)).int("end", Int64(mention.end))
                        .string("exact", mention.exact).string("speaker", mention.speaker)
                        .string("speaker_kind", mention.speakerKind?.rawValue).strings("via", mention.via)
                        .string("stance", mention.stance.rawValue).bool("hedged", mention.hedged)
                        .string("cue", mention.cue).string("rule", mention.rule).string("origin", mention.origin)
                        .string("origin_rule", mention.originRule)
                        .int("claim_origin_count", Int64(detail.origins.count))
                        .bool("claim_circular", claim.circular).bool("claim_contested", claim.contested)
                    output.write(object.text + "\n")
                }
            }
        }
    }
}

/// RFC 4180 quoting.
public enum CSVField {
    public static func escape(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
