/// How a mention relates to its claim.
///
/// Only asserting mentions corroborate a claim; denying and disputing
/// mentions make it contested (DESIGN.md, "Corroboration").
public enum Stance: String, Sendable, Hashable, CaseIterable, Codable {
    case asserts
    case denies
    case disputes
}
