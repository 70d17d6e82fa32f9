/// What kind of agent a source is; the export contract's `kind` values.
public enum SourceKind: String, Sendable, Hashable, CaseIterable, Codable {
    case outlet
    case person
    case organization
    case anonymous
    case document
    case unknown
}
